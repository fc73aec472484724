import { expect, test } from '@playwright/test';
import { signIn, signOut, workspaceBase } from './helpers.ts';

test('a manager creates a vendor, sees field errors, edits it, then deletes it after confirming', async ({
  page,
}) => {
  await signIn(page, 'manager@demo.vigie.local');
  await page.getByRole('link', { name: 'Add a vendor' }).click();

  // an empty name is refused on the field itself
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // a name already taken (in another case) is refused by the server, on the name field
  await page.getByLabel('Name', { exact: true }).fill('ARMOR CONTACT');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A vendor already has this name.')).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('Dakar Relation');
  await page.getByLabel('Legal entity').fill('Dakar Relation SA');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/vendors$/);
  const row = page.getByRole('row', { name: /Dakar Relation/ });
  await expect(row).toContainText('Dakar Relation SA');

  await row.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Legal entity').fill('Dakar Relation Client SA');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/vendors$/);
  await expect(page.getByRole('row', { name: /Dakar Relation/ })).toContainText('Dakar Relation Client SA');

  // search narrows the list
  await page.getByLabel('Search').fill('dakar');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Search').fill('');

  await page
    .getByRole('row', { name: /Dakar Relation/ })
    .getByRole('button', { name: 'Delete' })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Dakar Relation');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('row', { name: /Dakar Relation/ })).toHaveCount(0);

  // the writes are in the audit log, seen by an admin
  await signOut(page);
  await signIn(page, 'admin@demo.vigie.local');
  await page.goto(`${workspaceBase(page)}/admin/audit`);
  await page.getByLabel('Entity').click();
  await page.getByRole('option', { name: 'Vendor', exact: true }).click();
  const rows = page.getByRole('row', { name: /manager@demo\.vigie\.local/ });
  // create, update and delete; the refused duplicate left no trace
  await expect(rows).toHaveCount(3);
});
