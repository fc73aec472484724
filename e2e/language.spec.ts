import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('the interface switches between English and French and remembers the choice', async ({ page }) => {
  await signIn(page, 'viewer@demo.vigie.local');
  await expect(page.getByRole('heading', { name: 'Vendors' })).toBeVisible();
  await page.getByText('FR', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Prestataires' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Prestataires' })).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Vendors' })).toBeVisible();
});

test.describe('with a French browser', () => {
  test.use({ locale: 'fr-FR' });
  test('follows the browser language from the first page', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  });
});
