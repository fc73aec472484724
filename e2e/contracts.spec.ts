import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn, signOut, workspaceBase } from './helpers.ts';

/** The last whole month before today, YYYY-MM: the demo has contacts and inputs for it. */
function lastWholeMonth(): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

/** Picks an option of a select inside `scope` (the options open in a portal of the page). */
async function choose(page: Page, scope: Page | Locator, combobox: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a contract with a pilot and a run, its statement, an invoice with a wrong quantity disputed; the vendor sees only its own', async ({
  page,
}) => {
  const month = lastWholeMonth();
  await signIn(page, 'finance@demo.vigie.local');
  const base = workspaceBase(page);

  // another vendor's contract, to try reaching it as Tsiry's user at the end
  await page.getByRole('link', { name: 'Contracts' }).click();
  const atlasHref = await page
    .getByRole('link', { name: /Atlas Relation Client — pilote/ })
    .getAttribute('href');
  expect(atlasHref).toMatch(/\/contracts\/[0-9a-f-]{36}$/);

  // a pilot billed per logged-in hour for the first ten days, then a run per handled call
  await page.getByRole('link', { name: 'New contract' }).click();
  await page.getByLabel('Contract name').fill('Tsiry — test pilote puis run');
  await choose(page, page, 'Vendor', 'Tsiry Services');
  await page.getByRole('combobox', { name: 'Activities', exact: true }).click();
  await page.getByRole('option', { name: 'Service client — téléphone' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Start date').fill(`${month}-01`);
  await page.getByLabel('Reason').fill('Contrat signé');
  const pilot = page.getByRole('region', { name: /^Phase 1/ });
  await choose(page, pilot, 'Phase type', 'Pilot');
  await pilot.getByLabel('Phase start').fill(`${month}-01`);
  await pilot.getByLabel('Phase end').fill(`${month}-10`);
  await choose(page, pilot, 'Price type', 'Per logged-in hour');
  await pilot.getByLabel('Unit price').fill('22,50');
  await page.getByRole('button', { name: 'Add a phase' }).click();
  const run = page.getByRole('region', { name: /^Phase 2/ });
  await choose(page, run, 'Phase type', 'Run');
  await run.getByLabel('Phase start').fill(`${month}-11`);
  await choose(page, run, 'Price type', 'Per handled contact');
  await choose(page, run, 'Channel', 'Phone');
  await run.getByLabel('Unit price').fill('2.80');
  await expect(page.getByTestId('contract-problems')).toContainText('no problem');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  const contractUrl = new URL(page.url()).pathname;

  // the month's statement: the pilot's days per hour, the run's per call, pro rata
  await page.getByRole('tab', { name: 'Statements' }).click();
  await page.getByLabel('Statement month').fill(month);
  await page.getByRole('button', { name: 'Open the statement' }).click();
  await expect(page.getByRole('heading', { name: /^Statement of / })).toBeVisible();
  const lines = page.getByTestId('statement-lines');
  await expect(lines).toContainText('10/');
  await expect(lines).toContainText('Pilot');
  await expect(lines).toContainText('Run');
  await expect(page.getByTestId('statement-total')).toBeVisible();

  // the vendor's invoice: Vigie's own template with 25 calls too many
  const template = await page.request.get(
    `/api${base.replace('/w/', '/workspaces/')}${contractUrl.replace(base, '')}/statements/${month}/export?format=csv&lang=en`,
  );
  expect(template.status()).toBe(200);
  const rows = (await template.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const header = rows[0]?.split(',') ?? [];
  const q = header.indexOf('quantity');
  const p = header.indexOf('unit_price');
  const a = header.indexOf('amount');
  const edited = rows.map((row) => {
    const cells = row.split(',');
    if (!cells[0]?.startsWith('fee:per_contact:phone')) return row;
    const quantity = Number(cells[q]) + 25;
    cells[q] = String(quantity);
    cells[a] = (quantity * Number(cells[p])).toFixed(2);
    return cells.join(',');
  });
  await page.getByLabel('Invoice file').setInputFiles({
    name: `facture-tsiry-${month}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(edited.join('\n')),
  });
  await page.getByRole('button', { name: 'Upload the invoice' }).click();
  await expect(page).toHaveURL(/\/invoices\/[0-9a-f-]{36}$/);
  const differences = page.getByTestId('differences-table');
  // 25 calls x 2.80 = 70.00 too much, on the quantity, the amount and the total
  await expect(differences.getByRole('row').filter({ hasText: 'Quantity' })).toContainText('+70.00');
  await page.getByRole('button', { name: 'Issue the invoice' }).click();
  const quantityRow = differences.getByRole('row').filter({ hasText: 'Quantity' });
  await quantityRow.getByRole('button', { name: /^Dispute/ }).click();
  await page.getByLabel('Comment').fill('25 appels de plus que les appels traités enregistrés');
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await expect(page.getByText('Disputed').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agree the invoice' })).toBeDisabled();
  const invoiceUrl = new URL(page.url()).pathname;
  await signOut(page);

  // Tsiry's user reads its own statement and invoice, answers, and cannot reach Atlas's contract
  await signIn(page, 'tsiry@demo.vigie.local');
  await page.goto(`${base}/contracts`);
  await expect(page.getByRole('main')).toContainText('Tsiry — test pilote puis run');
  await expect(page.getByRole('main')).not.toContainText('Atlas');
  await expect(page.getByRole('main')).not.toContainText('Armor');
  await page.goto(`${contractUrl}/statements/${month}`);
  await expect(page.getByTestId('statement-total')).toBeVisible();
  await page.goto(invoiceUrl);
  await expect(page.getByRole('button', { name: /^Dispute/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Agree the invoice' })).toHaveCount(0);
  await quantityRow.getByRole('button', { name: /^Answer/ }).click();
  await page.getByLabel('Answer').fill('Appels sortants de rappel comptés à tort : avoir à venir');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(differences).toContainText('avoir à venir');
  await page.goto(atlasHref ?? '');
  await expect(page.locator('body')).not.toContainText('Atlas Relation Client — pilote');
  const api = await page.request.get(
    `/api${base.replace('/w/', '/workspaces/')}/contracts/${atlasHref?.split('/').at(-1)}`,
  );
  expect(api.status()).toBe(404);
});

test('leaving a contract with unsaved changes asks first', async ({ page }) => {
  await signIn(page, 'finance@demo.vigie.local');
  await page.getByRole('link', { name: 'Contracts', exact: true }).click();
  await page.getByRole('link', { name: /Armor Contact — service client/ }).click();
  const contractPath = new URL(page.url()).pathname;
  await page.getByLabel('Contract name').fill('Armor Contact — renommé');
  // tabs of the page are not leaving it
  await page.getByRole('tab', { name: 'JSON' }).click();
  await expect(page.getByTestId('contract-json')).toContainText('renommé');
  await page.getByRole('link', { name: 'Contracts', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(new URL(page.url()).pathname).toBe(contractPath);
  await expect(page.getByTestId('contract-json')).toContainText('renommé');
  await page.getByRole('link', { name: 'Contracts', exact: true }).click();
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Contracts' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('renommé');
});

test('the targets page lists the targets the contracts set, each vendor user its own', async ({ page }) => {
  await signIn(page, 'manager@demo.vigie.local');
  await page.getByRole('link', { name: 'KPI targets' }).click();
  const fromContracts = page.getByRole('region', { name: 'Targets set by contracts' });
  await expect(fromContracts).toContainText('Armor Contact — service client 2026');
  await expect(fromContracts).toContainText('Atlas Relation Client — pilote puis run');
  await signOut(page);
  await signIn(page, 'armor@demo.vigie.local');
  await page.getByRole('link', { name: 'KPI targets' }).click();
  await expect(fromContracts).toContainText('Armor Contact — service client 2026');
  await expect(fromContracts).not.toContainText('Atlas');
  await expect(fromContracts).not.toContainText('Tsiry');
});
