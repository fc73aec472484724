import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { signIn, signOut, workspaceBase } from './helpers.ts';

/**
 * A vendor's export in its own words: `;`-separated, French column names, French statuses.
 * Six calls; the fifth (line 6) is dated 30 February, which no mapping can read.
 */
const EXPORT = fileURLToPath(new URL('./fixtures/appels-prestataire.csv', import.meta.url));
const MAPPING = 'Export prestataire (FR)';

/** Picks a file with the drop zone's button, as a keyboard user would. */
async function chooseFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file' }).click();
  await (await chooser).setFiles(file);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Runs the wizard with the saved mapping, in quarantine mode, and returns the summary table. */
async function importWithMapping(page: Page) {
  await page.getByRole('link', { name: 'Imports', exact: true }).click();
  await page.getByRole('link', { name: 'Import a file' }).first().click();
  await chooseFile(page, EXPORT);
  await choose(page, 'Format', MAPPING);
  await choose(page, 'Vendor', 'Armor Contact');
  await page.getByRole('button', { name: 'Run the dry run' }).click();

  await expect(page.getByText('Dry run finished: 6 rows read, 5 valid, 1 with errors.')).toBeVisible();
  await expect(page.getByTestId('preview-table')).toContainText('A-0001');
  await expect(page.getByTestId('preview-table')).toContainText('Armor Contact');
  const problems = page.getByTestId('problems-table').getByRole('row');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(1)).toContainText('6');
  await expect(problems.nth(1)).toContainText('date_appel');
  await expect(page.getByRole('link', { name: 'Download the problems report (CSV)' })).toBeVisible();

  await page.getByRole('button', { name: 'Continue to the import' }).click();
  // all or nothing is the default: with an error in the file it would store nothing, and says so
  await expect(page.getByText('Nothing will be stored')).toBeVisible();
  await page.getByRole('radio', { name: 'Quarantine' }).check();
  await page.getByRole('button', { name: 'Import 5 rows' }).click();
  await expect(page.getByText('Import finished')).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the dashboards' })).toBeVisible();
  return page.getByTestId('import-summary');
}

test('an analyst maps a French export, imports it in quarantine, and a second import adds nothing', async ({
  page,
}) => {
  await signIn(page, 'analyst@demo.vigie.local');
  await page.getByRole('link', { name: 'Imports', exact: true }).click();
  await page.getByRole('link', { name: 'Mappings' }).click();
  await page.getByRole('link', { name: 'Create a mapping' }).click();

  // the sample's columns are read by the server, the obvious ones guessed by their names
  await chooseFile(page, EXPORT);
  await expect(page.getByText('6 first records read (CSV, 6 columns).')).toBeVisible();
  await expect(page.getByLabel('Contact id', { exact: true })).toHaveValue('id_appel');
  await expect(page.getByLabel('Offered at', { exact: true })).toHaveValue('date_appel');
  await expect(page.getByLabel('Wait', { exact: true })).toHaveValue('attente_s');
  await expect(page.getByLabel('Outcome (disposition)', { exact: true })).toHaveValue('statut');
  await expect(page.getByLabel('Agent', { exact: true })).toHaveValue('conseiller');
  await expect(page.getByLabel('Meaning of “Abandonné”')).toHaveValue('Abandoned');
  // the file has no channel column: a fixed value, chosen by hand
  await choose(page, 'Channel', 'Phone');

  // the preview runs the mapping in the browser, the bad date on line 6 rejected
  await expect(page.getByText('6 records read, 1 rejected.')).toBeVisible();
  const preview = page.getByTestId('preview-table');
  await expect(preview.getByRole('row', { name: /A-0001/ })).toContainText('Lucie Martin');
  await expect(preview.getByRole('row', { name: /Rejected/ })).toContainText('2026-02-30 10:15:00');

  await page.getByLabel('Name', { exact: true }).fill(MAPPING);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/imports\/mappings$/);
  await expect(page.getByRole('row', { name: new RegExp(MAPPING.replace(/[()]/g, '\\$&')) })).toBeVisible();

  const first = await importWithMapping(page);
  await expect(first.getByRole('row', { name: 'Imported' })).toContainText('5');
  await expect(first.getByRole('row', { name: 'Quarantined' })).toContainText('1');
  await expect(first.getByRole('row', { name: 'Duplicates skipped' })).toContainText('0');

  // the dashboard of that day now counts the five stored calls for Armor (the demo's own
  // contacts start months later); 3 of them answered: an answer rate of 60 %
  const dashboards = new URL(
    (await page.getByRole('link', { name: 'See the dashboards' }).getAttribute('href')) ?? '',
    page.url(),
  );
  await page.goto(`${dashboards.pathname}?from=2026-03-02&to=2026-03-02`);
  const armor = page
    .getByRole('region', { name: 'Vendors side by side' })
    .getByRole('row', { name: /Armor Contact/ });
  await expect(armor.getByRole('cell').first()).toHaveText('5');
  await expect(armor.getByRole('cell').nth(1)).toHaveText('60%');
  await page.goBack();

  // the same file again: every good row is already stored
  const second = await importWithMapping(page);
  await expect(page.getByText('Nothing new was stored')).toBeVisible();
  await expect(second.getByRole('row', { name: 'Imported' })).toContainText('0');
  await expect(second.getByRole('row', { name: 'Duplicates skipped' })).toContainText('5');

  // both imports are listed, newest first, with their problems report
  await page.getByRole('link', { name: 'Back to the imports' }).click();
  const stored = page.getByRole('row', { name: /appels-prestataire\.csv.*Imported/ });
  await expect(stored).toHaveCount(2);
  await expect(stored.first()).toContainText(MAPPING);
  await expect(stored.first()).toContainText('analyst@demo.vigie.local');
});

test('a vendor user is offered no import and cannot reach one', async ({ page }) => {
  await signIn(page, 'armor@demo.vigie.local');
  const base = workspaceBase(page);
  await expect(page.getByRole('link', { name: 'Imports', exact: true })).toHaveCount(0);
  for (const path of ['imports', 'imports/new', 'imports/mappings', 'imports/mappings/new']) {
    await page.goto(`${base}/${path}`);
    await expect(page.getByText('Your role does not allow this.')).toBeVisible();
  }
  const api = await page.request.get(`/api${base.replace('/w/', '/workspaces/')}/imports`);
  expect(api.status()).toBe(403);
  await signOut(page);
});
