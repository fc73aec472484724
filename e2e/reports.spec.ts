import { expect, type Page, test } from '@playwright/test';
import { signIn, signOut, workspaceBase } from './helpers.ts';

// The demo stores a few thousand generated French calls of its three vendors, and a few reports of
// its own: a sample of 120 of Atlas Relation Client's calls shows practices in several themes.
// Nothing below relies on which practices, only on there being two findings, one with questions.

/** Picks an option of a Mantine select (the options open in a portal of the page). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const PLAN = 'E2E — Atlas, retour qualité';
const TITLE = 'E2E — Retour qualité Atlas, cycle 1';
const QUESTION =
  'Combien de secondes cette pratique coûte-t-elle à vos conseillers, et comment faire autrement ?';
const ANSWER = 'Nous formons les conseillers à annoncer la mise en attente dès la semaine prochaine.';

test('a feedback report drafted from a sample analysis, published, and answered by its vendor only', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, 'analyst@demo.vigie.local');

  // the reports list (the demo holds reports of its own already)
  await page.getByRole('link', { name: 'Feedback reports' }).click();
  await expect(page.getByRole('heading', { name: 'Feedback reports' })).toBeVisible();
  await expect(page.getByTestId('reports-table').or(page.getByTestId('empty-state'))).toBeVisible();
  await expect(page.getByRole('button', { name: 'New report' })).toBeVisible();

  // a sample of 120 of Atlas's calls, drawn and analysed
  await page.getByRole('link', { name: 'Sample plans' }).click();
  await page.getByRole('link', { name: 'New sample plan' }).first().click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(PLAN);
  await choose(page, 'Vendor', 'Atlas Relation Client');
  await page.getByText('Given number', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Number of calls', exact: true }).fill('120');
  await page.getByRole('button', { name: 'Create the plan' }).click();
  await expect(page).toHaveURL(/\/samples\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: 'Draw the sample' }).first().click();
  await page
    .getByRole('dialog', { name: 'Draw the sample' })
    .getByRole('button', { name: 'Draw', exact: true })
    .click();
  await expect(page.getByTestId('sample-size')).toContainText('120');
  await page.getByRole('button', { name: 'Analyse this sample' }).click();
  await page
    .getByRole('dialog', { name: 'Analyse this sample' })
    .getByRole('button', { name: 'Start the analysis' })
    .click();
  await expect(page).toHaveURL(/\/analysis\/runs\/[0-9a-f-]{36}$/);

  // once the run is done, its page offers to draft a report, for the sample's vendor
  const draftButton = page.getByRole('button', { name: 'Draft a feedback report' });
  await expect(draftButton).toBeVisible({ timeout: 180_000 });
  await draftButton.click();
  const dialog = page.getByRole('dialog', { name: 'Draft a feedback report' });
  await expect(dialog.getByLabel('Vendor', { exact: true })).toHaveValue('Atlas Relation Client — 120 calls');
  await dialog.getByText('French', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Draft the report' }).click();

  // the draft: its texts, the six themes, findings with figures, excerpts and questions
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  const reportPath = new URL(page.url()).pathname;
  const reportId = reportPath.split('/').at(-1) ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Retour qualité — Atlas Relation Client');
  await expect(page.getByTestId('report-status')).toHaveText('Draft');
  await expect(page.locator('section[data-theme]')).toHaveCount(6);
  await expect(page.locator('section[data-status="focus"]')).toHaveCount(1);
  const findings = page.locator('article[data-practice-id]');
  await expect(findings.first().getByTestId('finding-figures')).toContainText('Share of calls');
  await expect(page.getByTestId('finding-excerpts').first()).toContainText(/Call \S+ at \d\d:\d\d/);

  // the analyst's edits: the title, a question of one finding, another finding left out
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
  const questioned = findings.filter({ has: page.getByRole('textbox', { name: 'Question 1' }) }).first();
  const questionedId = (await questioned.getAttribute('data-practice-id')) ?? '';
  await questioned.getByRole('textbox', { name: 'Question 1' }).fill(QUESTION);
  const leftOut = page.locator(`article[data-practice-id]:not([data-practice-id="${questionedId}"])`).first();
  const leftOutId = (await leftOut.getAttribute('data-practice-id')) ?? '';
  expect(leftOutId).not.toBe('');
  await leftOut.getByRole('switch', { name: 'Keep in the report' }).uncheck();
  await expect(leftOut.getByText('Left out', { exact: true })).toBeVisible();
  await expect(page.getByTestId('unsaved')).toBeVisible();
  // leaving with unsaved edits asks first
  await page.getByRole('link', { name: 'Feedback reports' }).first().click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`${reportPath}$`));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  // publishing asks first; then the report reads as the vendor will read it
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Publish this report?' })
    .getByRole('button', { name: 'Publish', exact: true })
    .click();
  await expect(page.getByTestId('report-status')).toHaveText('Published');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveCount(0);
  await expect(page.locator(`article[data-practice-id="${leftOutId}"]`)).toHaveCount(0);
  await expect(page.locator('li[data-question-id]', { hasText: QUESTION })).toBeVisible();
  await signOut(page);

  // Atlas's user: the report in the list, its edited title and question; answers it
  await signIn(page, 'atlas@demo.vigie.local');
  await page.getByRole('link', { name: 'Feedback reports' }).click();
  const row = page.getByTestId('reports-table').locator('tbody tr', { hasText: TITLE });
  await expect(row).toContainText('Atlas Relation Client');
  await expect(row.getByTestId('report-status')).toHaveText('Published');
  await row.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${reportPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator(`article[data-practice-id="${leftOutId}"]`)).toHaveCount(0);
  const thread = page.locator('li[data-question-id]', { hasText: QUESTION });
  await expect(thread).toContainText('No answer yet.');
  await thread.getByRole('textbox', { name: /^Your answer to question/ }).fill(ANSWER);
  await thread.getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(thread.getByTestId('answer')).toContainText(ANSWER);
  await expect(thread.getByTestId('answer')).toContainText('atlas@demo.vigie.local');
  await expect(thread.getByRole('textbox', { name: /^Your answer to question/ })).toHaveValue('');

  // its exports, as the vendor downloads them
  for (const format of ['docx', 'pdf'] as const) {
    const href = (await page.getByTestId(`export-${format}`).getAttribute('href')) ?? '';
    expect(href).toContain(`/feedback-reports/${reportId}/export?format=${format}`);
    const file = await page.request.get(href);
    expect(file.status(), format).toBe(200);
    expect((await file.body()).length).toBeGreaterThan(1000);
  }
  await signOut(page);

  // Armor's user: neither in the list nor by its address
  await signIn(page, 'armor@demo.vigie.local');
  await page.goto(`${workspaceBase(page)}/reports`);
  await expect(page.getByRole('heading', { name: 'Feedback reports' })).toBeVisible();
  await expect(page.getByTestId('empty-state').or(page.getByTestId('reports-table'))).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(TITLE);
  await expect(page.getByRole('button', { name: 'New report' })).toHaveCount(0);
  await page.goto(reportPath);
  await expect(page.getByRole('main')).toContainText('Page not found');
  await expect(page.locator('body')).not.toContainText(TITLE);
});
