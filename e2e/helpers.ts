import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'vigie-demo-2026';

/** Signs in through the form, as a person would, and waits for the workspace to open. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/vendors$/);
}

/** The current workspace's base path, e.g. /w/<id>. */
export function workspaceBase(page: Page): string {
  const m = /\/w\/[^/]+/.exec(new URL(page.url()).pathname);
  if (!m) throw new Error(`not inside a workspace: ${page.url()}`);
  return m[0];
}

/** Signs out through the user menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Account of/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}
