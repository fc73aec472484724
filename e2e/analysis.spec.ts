import { expect, type Page, test } from '@playwright/test';
import { signIn, signOut } from './helpers.ts';

// The demo holds a few thousand generated French calls of its three vendors: counts, agents and
// shares depend on the generator, so nothing below relies on them beyond "there are some".

/** Practices that match words (so their hits are marked in the turns), most common first. */
const WORDED_PRACTICES = ['greeting_company', 'hold_announced', 'asks_open_question', 'polite_close'];

/** A practice of the run's figures found in some calls, preferring those that match words. */
async function practiceWithCalls(page: Page): Promise<string> {
  const found = await page.locator('tr[data-practice-id]').evaluateAll((rows, preferred) => {
    const withCalls = rows
      .filter((row) => {
        const counts = row.querySelectorAll('td')[3]?.textContent ?? '';
        return /^\s*[1-9]/.test(counts.replace(/\s/g, ' '));
      })
      .map((row) => row.getAttribute('data-practice-id') ?? '');
    return preferred.find((id) => withCalls.includes(id)) ?? withCalls[0] ?? '';
  }, WORDED_PRACTICES);
  expect(found, 'a practice found in some calls').not.toBe('');
  return found;
}

/** Picks an option of a Mantine select (the options open in a portal of the page). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an analysis of the demo calls: its figures, a practice, a call with its hits; a vendor sees its own only', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, 'analyst@demo.vigie.local');

  // a new analysis of every stored call with the French library
  await page.getByRole('link', { name: 'Call analysis' }).click();
  await expect(page.getByTestId('stored-calls')).toContainText('transcribed calls stored');
  await page.getByRole('button', { name: 'New analysis' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New analysis' });
  await expect(dialog.getByTestId('new-run-count')).toContainText(/stored calls? match/);
  // the agent field offers the agents of the stored calls
  const agentField = dialog.getByRole('combobox', { name: 'Agent' });
  await agentField.click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await agentField.press('Escape');
  await dialog.getByLabel('Name of the analysis').fill('E2E — toutes les conversations');
  await dialog.getByRole('button', { name: 'Start the analysis' }).click();
  await expect(page).toHaveURL(/\/analysis\/runs\/[0-9a-f-]{36}$/);
  const runPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: 'E2E — toutes les conversations' })).toBeVisible();
  // progress while it runs (polled every second), then the figures by coaching theme
  await expect(page.getByTestId('practices-phone_tool')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByText('Done', { exact: true })).toBeVisible();
  for (const theme of ['Phone-tool mastery', 'Structured conversation', 'Relational quality']) {
    await expect(page.getByRole('heading', { name: theme })).toBeVisible();
  }
  await expect(page.getByTestId('reactions-table')).toBeVisible();
  const byVendor = page.getByTestId('by-vendor-table');
  for (const vendor of ['Armor Contact', 'Atlas Relation Client', 'Tsiry Services']) {
    await expect(byVendor.locator('thead')).toContainText(vendor);
  }

  // a practice: the rule, its share by vendor and agent, the reactions after it, examples
  const ruleId = await practiceWithCalls(page);
  await page.locator(`tr[data-practice-id="${ruleId}"]`).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/practices/${ruleId}$`));
  await expect(page.getByTestId('rule-text')).not.toBeEmpty();
  await expect(page.getByTestId('practice-by-vendor').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('practice-by-agent').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('reaction-comparisons')).toContainText(/Fisher’s exact test|z test/);
  const examples = page.getByTestId('example-calls');
  await expect(examples.locator(`mark[data-rule-id="${ruleId}"]`).first()).toBeVisible();

  // an Armor call, for Atlas's user to try at the end
  await choose(page, 'Vendor of the examples', 'Armor Contact');
  await expect(examples.locator('tbody tr').first()).toContainText('Armor Contact');
  const armorCall = await examples.locator('tbody tr').first().getByRole('link').getAttribute('href');
  expect(armorCall).toMatch(/\/calls\/[0-9a-f-]{36}\?rule=/);
  await choose(page, 'Vendor of the examples', 'Atlas Relation Client');
  await expect(examples.locator('tbody tr').first()).toContainText('Atlas Relation Client');

  // the call viewer: header, time line, turns with the practice's words marked
  await examples.locator('tbody tr').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}\?rule=/);
  await expect(page.getByTestId('call-header')).toContainText('Atlas Relation Client');
  await expect(page.getByTestId('call-timeline').locator('svg')).toBeVisible();
  const mark = page.locator(`li[data-turn] mark[data-rule-id="${ruleId}"]`).first();
  await expect(mark).toBeVisible();
  await expect(mark).not.toBeEmpty();
  await expect(page.getByTestId('call-hits').locator(`[data-rule-group="${ruleId}"]`)).toBeVisible();
  await signOut(page);

  // Atlas's user: the same run over Atlas's calls only, and nothing of Armor's
  await signIn(page, 'atlas@demo.vigie.local');
  await page.goto(runPath);
  await expect(page.getByTestId('practices-phone_tool')).toBeVisible({ timeout: 30_000 });
  const ownVendor = page.getByTestId('by-vendor-table').locator('thead');
  await expect(ownVendor).toContainText('Atlas Relation Client');
  await expect(ownVendor).not.toContainText('Armor Contact');
  await expect(ownVendor).not.toContainText('Tsiry Services');
  await page.goto(`${runPath}/practices/${ruleId}`);
  await expect(page.getByTestId('practice-by-vendor').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('practice-by-vendor')).toContainText('Atlas Relation Client');
  await page.goto(armorCall ?? '');
  await expect(page.getByRole('main')).toContainText('Page not found');
  await expect(page.locator('body')).not.toContainText('Armor Contact');
});

test('a copy of the French library: a broken rule is shown with its position, live', async ({ page }) => {
  await signIn(page, 'analyst@demo.vigie.local');
  await page.getByRole('link', { name: 'Call analysis' }).click();
  await page.getByRole('link', { name: 'Practice libraries' }).click();
  const shipped = page.locator('tr[data-library-id="fr"]');
  await expect(shipped).toContainText('Shipped, read-only');
  await shipped.getByRole('button', { name: /^Copy/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy the library' });
  await dialog.getByLabel('Name (English)').fill('E2E copy');
  await dialog.getByRole('button', { name: 'Copy and open' }).click();
  await expect(page).toHaveURL(/\/analysis\/libraries\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('library-problems')).toHaveText('All rules are valid.');

  // a rule with phrases: its last closing quote removed
  const editor = page.getByTestId('rule-editor');
  await page
    .getByRole('navigation', { name: 'Rules of the library' })
    .locator('[data-rule-id="asks_open_question"]')
    .click();
  const text = editor.getByRole('textbox', { name: 'Rule', exact: true });
  const original = await text.inputValue();
  expect(original).toContain('"');
  const cut = original.lastIndexOf('"');
  const broken = original.slice(0, cut) + original.slice(cut + 1);
  await text.fill(broken);

  // the error at the quote left open: its line and column, underlined, with a hint
  const open = broken.lastIndexOf('"');
  const line = broken.slice(0, open).split('\n').length;
  const column = open - broken.lastIndexOf('\n', open - 1);
  const error = editor.getByTestId('rule-error');
  await expect(error).toHaveCount(1);
  await expect(error).toHaveAttribute('data-code', 'unclosed_phrase');
  await expect(error.getByTestId('rule-error-line-column')).toHaveText(`${line}:${column}`);
  const position = error.getByTestId('rule-error-position');
  await expect(position).toBeVisible();
  await expect(position).toHaveText('"');
  await expect(position).toHaveAttribute('data-offset', String(open));
  await expect(error).toContainText('Hint:');
  await expect(page.getByTestId('library-problems')).toContainText('1 error to fix before saving');
  await expect(text).toHaveAttribute('aria-invalid', 'true');

  // leaving asks first; fixed, the library saves
  await page.getByRole('link', { name: 'Practice libraries' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await text.fill(`${original} OR "je vous écoute"`);
  await expect(page.getByTestId('library-problems')).toHaveText('All rules are valid.');
  await expect(editor.getByTestId('rule-error')).toHaveCount(0);

  // tried on a stored call in the browser
  const liveTest = page.getByTestId('live-test');
  await liveTest.getByLabel('Trial call').click();
  await page.getByRole('option').first().click();
  await expect(liveTest.getByTestId('live-test-result')).toContainText(/hits? in this call|No hit/);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Library saved.')).toBeVisible();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  await page.getByRole('link', { name: 'Practice libraries' }).click();
  await expect(
    page.locator('tr', { hasText: 'Pratiques du service client (français) (copie)' }).first(),
  ).toBeVisible();
});
