import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, signOut } from './helpers.ts';

test('a wrong password is refused with a message, the right one opens the demo workspace', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('E-mail').fill('admin@demo.vigie.local');
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong e-mail or password.')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/vendors$/);
  await expect(page.getByRole('heading', { name: 'Vendors' })).toBeVisible();
  for (const name of ['Armor Contact', 'Atlas Relation Client', 'Tsiry Services']) {
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }
});

test('signing out returns to the sign-in page and protects the workspace', async ({ page }) => {
  await signIn(page, 'manager@demo.vigie.local');
  const workspaceUrl = page.url();
  await signOut(page);
  await page.goto(workspaceUrl);
  await expect(page).toHaveURL(/\/sign-in/);
});
