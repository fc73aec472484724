import { expect, test } from '@playwright/test';
import { signIn, signOut, workspaceBase } from './helpers.ts';

const OTHERS = ['Atlas Relation Client', 'Tsiry Services', 'Casablanca', 'Rabat', 'Antananarivo'];

test('a vendor user sees its own vendor and nothing of the others, anywhere', async ({ page }) => {
  // Atlas's id, as the admin sees it, to try reaching it directly afterwards
  await signIn(page, 'admin@demo.vigie.local');
  const base = workspaceBase(page);
  const atlasEdit = await page
    .getByRole('row', { name: /Atlas Relation Client/ })
    .getByRole('link', { name: 'Edit' })
    .getAttribute('href');
  expect(atlasEdit).toMatch(/\/vendors\/.+\/edit$/);
  await signOut(page);

  await signIn(page, 'armor@demo.vigie.local');
  for (const section of ['vendors', 'sites', 'activities', 'allocations']) {
    await page.goto(`${base}/${section}`);
    await expect(page.getByRole('main')).toContainText(
      section === 'activities' ? 'Rappel web' : 'Armor Contact',
    );
    const text = (await page.locator('body').textContent()) ?? '';
    for (const other of OTHERS) expect(text, `${section} shows ${other}`).not.toContain(other);
  }
  // no create or delete buttons for a read-only vendor user
  await page.goto(`${base}/vendors`);
  await expect(page.getByRole('link', { name: 'Add a vendor' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  // administration is not offered
  await expect(page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

  // typing Atlas's address gives nothing either
  await page.goto(atlasEdit ?? '');
  await expect(page.locator('body')).not.toContainText('Atlas Relation Client');
  const api = await page.request.get(
    `/api${base.replace('/w/', '/workspaces/')}/vendors/${atlasEdit?.split('/').at(-2)}`,
  );
  expect(api.status()).toBe(404);
});
