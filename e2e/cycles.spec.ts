import { expect, type Page, test } from '@playwright/test';
import { signIn, signOut, workspaceBase } from './helpers.ts';

// The demo holds, for each of its three vendors, two closed coaching cycles and a third in
// progress (opened on a report still in draft); one vendor achieved its first theme. Nothing
// below relies on which practices the objectives name.

const VENDORS = ['Armor Contact', 'Atlas Relation Client', 'Tsiry Services'];
const ACTION = 'E2E — Écoutes croisées sur l’annonce de la mise en attente';
const OWNER = 'Superviseuse plateau Casablanca';
const NOTE = 'Fait en brief d’équipe le lundi ; deux écoutes par conseiller.';

/** A cycle of the timeline (a link), by where it stands: in_progress, achieved or not_achieved. */
const cycleCards = (page: Page, state?: string) =>
  page.locator(`a[data-testid="cycle-card"]${state ? `[data-state="${state}"]` : ''}`);

/** A day some weeks ahead, as the date input takes it and as the page writes it. */
function dueDay(weeks: number): { iso: string; shown: string } {
  const date = new Date(Date.now() + weeks * 7 * 86_400_000);
  const iso = date.toISOString().slice(0, 10);
  const shown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
  return { iso, shown };
}

test('coaching cycles: the timeline, a cycle in progress, and its action plan kept by its vendor only', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'analyst@demo.vigie.local');

  // the timeline: three vendors, three cycles each, one theme achieved
  await page.getByRole('link', { name: 'Coaching cycles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coaching cycles');
  const rows = page.getByTestId('vendor-timeline');
  await expect(rows).toHaveCount(3);
  for (const name of VENDORS)
    await expect(rows.filter({ hasText: name }).getByTestId('cycle-card')).toHaveCount(3);
  await expect(cycleCards(page, 'achieved')).toHaveCount(1);
  await expect(cycleCards(page, 'in_progress')).toHaveCount(3);
  const achiever = rows.filter({ has: cycleCards(page, 'achieved') });
  await expect(achiever.getByTestId('achieved-themes')).toContainText('Phone-tool mastery');
  await expect(achiever.getByTestId('next-focus')).not.toContainText('Phone-tool mastery');
  await expect(page.getByRole('button', { name: 'New cycle' })).toBeVisible();

  // Atlas's cycle in progress: its objectives from the baseline, not measured yet
  const atlas = rows.filter({ hasText: 'Atlas Relation Client' });
  await expect(atlas.getByTestId('achieved-themes')).toContainText('none yet');
  await atlas.locator('a[data-testid="cycle-card"][data-state="in_progress"]').click();
  await expect(page).toHaveURL(/\/cycles\/[0-9a-f-]{36}$/);
  const cyclePath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cycle 3 — Atlas Relation Client');
  await expect(page.getByTestId('cycle-state')).toHaveText('In progress');
  await expect(page.getByTestId('objectives-summary')).toContainText('Not measured yet');
  const objective = page.getByTestId('objectives-table').locator('tbody tr').first();
  await expect(objective).toContainText(/At most \d+(\.\d)?% of calls/);
  await expect(objective).toContainText(/\d+ \/ \d+ calls/);
  await expect(objective).toContainText('at the next sample');
  await expect(page.getByTestId('progress-chart').getByRole('figure')).toBeVisible();

  // the analyst's controls, left as they are: the measure, the objectives, closing
  await expect(page.getByLabel('Measuring run', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit the objectives' })).toBeVisible();
  await page.getByRole('button', { name: 'Close the cycle' }).click();
  const closing = page.getByRole('dialog', { name: 'Close this cycle?' });
  await expect(closing).toContainText('Set the measuring run first');
  await expect(closing.getByRole('button', { name: 'Close the cycle' })).toBeDisabled();
  await closing.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('form', { name: 'New action' })).toBeVisible();

  // the report it was opened on, and back
  await page.getByTestId('cycle-report-link').click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await page.getByTestId('report-cycle').getByRole('link', { name: 'Cycle 3' }).click();
  await expect(page).toHaveURL(new RegExp(`${cyclePath}$`));

  // Atlas's next cycle waits until this one is closed
  await page.getByRole('link', { name: 'Coaching cycles' }).first().click();
  await page.getByRole('button', { name: 'New cycle' }).click();
  const dialog = page.getByRole('dialog', { name: 'New coaching cycle' });
  await dialog.getByLabel('Vendor', { exact: true }).click();
  await page.getByRole('option', { name: 'Atlas Relation Client', exact: true }).click();
  await expect(dialog.getByTestId('cycle-in-progress')).toContainText(
    'Cycle 3 of this vendor is in progress',
  );
  await expect(dialog.getByLabel('Focus theme', { exact: true })).toHaveValue('Phone-tool mastery');
  await expect(dialog.getByRole('button', { name: 'Open the cycle' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await signOut(page);

  // Atlas's user: its own cycles only; keeps the action plan of the cycle in progress
  await signIn(page, 'atlas@demo.vigie.local');
  await page.getByRole('link', { name: 'Coaching cycles' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Atlas Relation Client');
  await expect(rows.getByTestId('cycle-card')).toHaveCount(3);
  await expect(page.getByRole('main')).not.toContainText('Armor Contact');
  await expect(page.getByRole('button', { name: 'New cycle' })).toHaveCount(0);
  await cycleCards(page, 'in_progress').click();
  await expect(page).toHaveURL(new RegExp(`${cyclePath}$`));
  await expect(page.getByRole('button', { name: 'Close the cycle' })).toHaveCount(0);
  await expect(page.getByLabel('Measuring run', { exact: true })).toHaveCount(0);
  // its report is still a draft: the vendor does not see it
  await expect(page.getByTestId('cycle-facts')).toContainText('Not published yet');

  const due = dueDay(3);
  const form = page.getByRole('form', { name: 'New action' });
  await form.getByRole('textbox', { name: 'Action', exact: true }).fill(ACTION);
  await form.getByRole('textbox', { name: 'Owner', exact: true }).fill(OWNER);
  await form.getByLabel('Due date', { exact: true }).fill(due.iso);
  await form.getByRole('button', { name: 'Add the action' }).click();
  const action = page.getByTestId('action-plan').locator('tbody tr', { hasText: ACTION });
  await expect(action).toContainText(OWNER);
  await expect(action).toContainText(due.shown);
  await expect(action.getByTestId('action-status')).toHaveText('To do');
  await expect(form.getByRole('textbox', { name: 'Action', exact: true })).toHaveValue('');

  await action.getByRole('button', { name: 'Mark as done' }).click();
  const done = page.getByRole('dialog', { name: 'Mark the action as done' });
  await done.getByRole('textbox', { name: 'Note', exact: true }).fill(NOTE);
  await done.getByRole('button', { name: 'Mark as done' }).click();
  await expect(done).toHaveCount(0);
  await expect(action.getByTestId('action-status')).toHaveText('Done');
  await expect(action.getByTestId('action-comment')).toHaveText(NOTE);
  await expect(action).toContainText('atlas@demo.vigie.local');
  await expect(action.getByRole('button', { name: 'Reopen' })).toBeVisible();
  // kept: it is still there when the page is loaded again
  await page.reload();
  await expect(
    page.getByTestId('action-plan').locator('tbody tr', { hasText: ACTION }).getByTestId('action-status'),
  ).toHaveText('Done');
  await signOut(page);

  // Armor's user: its own timeline; Atlas's cycle is not found, even by its address
  await signIn(page, 'armor@demo.vigie.local');
  await page.goto(`${workspaceBase(page)}/cycles`);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Armor Contact');
  await expect(page.getByRole('main')).not.toContainText('Atlas Relation Client');
  await page.goto(cyclePath);
  await expect(page.getByRole('main')).toContainText('Page not found');
  await expect(page.locator('body')).not.toContainText(ACTION);
});
