import { expect, type Page, test } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import { signIn, signOut, workspaceBase } from './helpers.ts';

const VENDORS = ['Armor Contact', 'Atlas Relation Client', 'Tsiry Services'];
const OTHERS_THAN_ARMOR = ['Atlas Relation Client', 'Tsiry Services', 'Casablanca', 'Rabat', 'Antananarivo'];

/** The vendors side by side, once the figures are in. */
async function openDashboards(page: Page) {
  await page.getByRole('link', { name: 'Dashboards' }).click();
  // the default period is written in the address, so that it can be shared
  await expect(page).toHaveURL(/\/dashboards\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
  const section = page.getByRole('region', { name: 'Vendors side by side' });
  await expect(section.getByRole('columnheader', { name: 'Service level' })).toBeVisible();
  return section;
}

test('an admin compares the vendors, exports the table, opens one and drills down', async ({ page }) => {
  await signIn(page, 'admin@demo.vigie.local');
  const vendors = await openDashboards(page);
  for (const name of VENDORS) {
    const row = vendors.getByRole('row', { name: new RegExp(name) });
    // the first figure is the offered count: a number, not "—"
    await expect(row.getByRole('cell').first()).toHaveText(/^\d[\d,]*$/);
  }
  // the demo sets service-level targets: each figure says met or missed
  await expect(vendors.locator('[data-status]').first()).toBeVisible();

  const armorRow = vendors.getByRole('row', { name: /Armor Contact/ });
  const offeredOnPage = Number((await armorRow.getByRole('cell').first().textContent())?.replaceAll(',', ''));
  const downloading = page.waitForEvent('download');
  await vendors.getByRole('button', { name: 'Export Vendors side by side' }).click();
  await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^vigie-vendors-side-by-side-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.xlsx$/,
  );
  const sheet = await readSheet(await download.path());
  expect(sheet[0]?.slice(0, 3)).toEqual(['Vendor', 'Offered', 'Answer rate']);
  const armorLine = sheet.find((line) => line[0] === 'Armor Contact');
  expect(armorLine?.[1]).toBe(offeredOnPage);

  // the period travels with the link to the vendor's page
  const search = new URL(page.url()).search;
  const armorLink = armorRow.getByRole('link', { name: 'Armor Contact' });
  await expect(armorLink).toHaveAttribute('href', /\?from=/);
  await armorLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Armor Contact' })).toBeVisible();
  expect(new URL(page.url()).search).toBe(search);
  await expect(page.getByRole('table', { name: 'Service level by day and interval' })).toBeVisible();
  const agents = page.getByRole('region', { name: 'Agents' });
  await expect(agents.getByRole('rowheader').first()).toBeVisible();
  expect(await agents.getByRole('rowheader').count()).toBeGreaterThan(3);

  // an agent's name lists the contacts behind that agent's figures
  const agent = (await agents.getByRole('rowheader').first().textContent()) ?? '';
  await agents.getByRole('rowheader').first().getByRole('button').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(agent);
  await expect(drawer.getByRole('table')).toContainText(agent);
  await expect(drawer.getByRole('table').locator('caption')).toContainText('newest first');
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // so does a cell of the heatmap
  await page.getByTestId('sl-heatmap').locator('td[data-day]').first().click();
  await expect(page.getByRole('dialog')).toContainText('Contacts of');
  await expect(page.getByRole('dialog').getByRole('table')).toBeVisible();
});

test('a vendor user sees its own figures only, and no other vendor by address', async ({ page }) => {
  await signIn(page, 'admin@demo.vigie.local');
  const adminView = await openDashboards(page);
  const atlasLink = adminView.getByRole('link', { name: 'Atlas Relation Client' });
  // the link carries the period once the address has it
  await expect(atlasLink).toHaveAttribute('href', /\/dashboards\/vendors\/[^/?]+\?from=/);
  const atlasPage = await atlasLink.getAttribute('href');
  await signOut(page);

  await signIn(page, 'armor@demo.vigie.local');
  const vendors = await openDashboards(page);
  await expect(vendors.getByRole('rowheader')).toHaveText(['Armor Contact']);
  await expect(
    page.getByRole('region', { name: 'Service level per day' }).locator('svg').first(),
  ).toBeVisible();
  const base = workspaceBase(page);
  const dashboards = (await page.locator('body').textContent()) ?? '';
  for (const other of OTHERS_THAN_ARMOR) expect(dashboards, `dashboards show ${other}`).not.toContain(other);

  await vendors.getByRole('link', { name: 'Armor Contact' }).click();
  await expect(page.getByRole('region', { name: 'Agents' }).getByRole('rowheader').first()).toBeVisible();
  const ownPage = (await page.locator('body').textContent()) ?? '';
  for (const other of OTHERS_THAN_ARMOR) expect(ownPage, `vendor page shows ${other}`).not.toContain(other);

  await page.goto(atlasPage ?? '');
  await expect(page.getByText('Vendor not found')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Atlas Relation Client');
  expect(page.url()).toContain(base);
});

test('a manager sets a target with the form, and the dashboard judges the figure against it', async ({
  page,
}) => {
  await signIn(page, 'manager@demo.vigie.local');
  await page.getByRole('link', { name: 'KPI targets' }).click();
  await page.getByRole('link', { name: 'Add a target' }).click();

  // nothing filled in: each required field says so
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Vendor', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Choose a value.').first()).toBeVisible();

  await page.getByLabel('Vendor', { exact: true }).click();
  await page.getByRole('option', { name: 'Armor Contact' }).click();
  await page.getByLabel('KPI', { exact: true }).click();
  await page.getByRole('option', { name: 'ASA', exact: true }).click();
  // a wait of at most 1 s on average: missed by any real contact centre
  await page.getByLabel('Target', { exact: true }).fill('1');
  await page.getByLabel('Valid from', { exact: true }).fill('2026-01-01');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/targets$/);
  const row = page.getByRole('row', { name: /Armor Contact.*ASA/ });
  await expect(row).toContainText('≤ 1 s');

  const vendors = await openDashboards(page);
  const asa = vendors
    .getByRole('row', { name: /Armor Contact/ })
    .getByRole('cell')
    .nth(4);
  await expect(asa).toContainText('Missed');
  await expect(asa).toContainText('target ≤ 1 s');

  await page.getByRole('link', { name: 'KPI targets' }).click();
  await page
    .getByRole('row', { name: /Armor Contact.*ASA/ })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('row', { name: /Armor Contact.*ASA/ })).toHaveCount(0);
});
