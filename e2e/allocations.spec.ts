import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('an allocation whose shares do not sum to 100 % is refused with the error on the form', async ({
  page,
}) => {
  await signIn(page, 'manager@demo.vigie.local');
  await page.getByRole('link', { name: 'Allocations' }).click();
  await page.getByRole('link', { name: 'Add an allocation' }).first().click();

  await page.getByLabel('Activity').click();
  await page.getByRole('option', { name: 'Service client — téléphone' }).click();
  // before the demo's two periods of this activity (2025-07-01 onwards)
  await page.getByLabel('Valid from').fill('2025-01-01');
  await page.getByLabel('Valid until').fill('2025-06-30');

  const first = page.getByTestId('allocation-line-0');
  await first.getByLabel('Vendor').click();
  await page.getByRole('option', { name: 'Armor Contact' }).click();
  await first.getByLabel('Share (%)').fill('60');

  await page.getByRole('button', { name: 'Add a vendor' }).click();
  const second = page.getByTestId('allocation-line-1');
  await second.getByLabel('Vendor').click();
  await page.getByRole('option', { name: 'Tsiry Services' }).click();
  await second.getByLabel('Share (%)').fill('30');

  await expect(page.getByTestId('allocation-total')).toHaveText('Total: 90 %');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('allocation-lines-error')).toContainText('90');
  await expect(page.getByTestId('allocation-lines-error')).toContainText('100');
  await expect(page).toHaveURL(/\/allocations\/new$/);

  // fixing the share lets it through
  await second.getByLabel('Share (%)').fill('40');
  await expect(page.getByTestId('allocation-total')).toHaveText('Total: 100 %');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/allocations$/);
});
