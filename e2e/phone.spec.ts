import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test.use({ viewport: { width: 375, height: 740 } });

test('on a phone the navigation sits behind a menu button and the pages fit the width', async ({ page }) => {
  await signIn(page, 'admin@demo.vigie.local');
  const sitesLink = page.getByRole('link', { name: 'Sites' });
  await expect(sitesLink).not.toBeInViewport();
  await page.getByRole('button', { name: 'Open the menu' }).click();
  await expect(sitesLink).toBeInViewport();
  await sitesLink.click();
  await expect(page.getByRole('heading', { name: 'Sites' })).toBeVisible();
  const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
  expect(Number(overflow)).toBeLessThanOrEqual(0);
});
