import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signIn, signOut } from './helpers.ts';

// The demo stores a few thousand generated calls over its three vendors; Atlas Relation Client's
// agents work in Casablanca and Rabat. Nothing below relies on exact counts: a margin of error of
// ±5 % at 95 % asks for at most 384 calls, fewer on a smaller population.

/**
 * Runs the "Check this draw" command, as a vendor would, beside the downloaded population; returns
 * the ids it draws and the fingerprint it reports.
 */
function redraw(command: string, fileName: string, csv: string): { ids: string[]; report: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-sample-'));
  fs.writeFileSync(path.join(dir, fileName), csv);
  const args = command.replace(/^vigie /, '').split(' ');
  const cli = path.resolve('packages/server/bin/vigie.mjs');
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return { ids: run.stdout.split('\n').filter(Boolean), report: run.stderr };
}

/** Picks an option of a Mantine select (the options open in a portal of the page). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const PLAN = 'E2E — Atlas, strates par conseiller';

test('a sample plan drawn by the analyst, analysed, and checked by its vendor only', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'analyst@demo.vigie.local');

  // the list holds the demo's samples, drawn for its coaching cycles
  await page.getByRole('link', { name: 'Sample plans' }).click();
  await expect(page.getByRole('heading', { name: 'Sample plans' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Atlas Relation Client — échantillon 1');
  await page.getByRole('link', { name: 'New sample plan' }).click();

  // the plan: Atlas's calls, ±5 % at 95 %, strata by agent, a random seed
  await expect(page).toHaveURL(/\/samples\/new$/);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(PLAN);
  await choose(page, 'Vendor', 'Atlas Relation Client');
  await expect(page.getByTestId('size-preview')).toContainText(
    '±5% at 95% confidence: 384 calls for a large population',
  );
  await page.getByRole('textbox', { name: 'Margin of error', exact: true }).fill('4');
  await expect(page.getByTestId('size-preview')).toContainText('±4% at 95% confidence: 600 calls');
  await page.getByRole('textbox', { name: 'Margin of error', exact: true }).fill('5');
  await choose(page, 'Stratify by', 'Agent');
  await page.getByRole('button', { name: 'Random seed' }).click();
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).not.toHaveValue('');
  const seed = await page.getByRole('textbox', { name: 'Seed', exact: true }).inputValue();
  await page.getByRole('button', { name: 'Create the plan' }).click();

  // its page: the plan, not drawn yet; drawing asks first
  await expect(page).toHaveURL(/\/samples\/[0-9a-f-]{36}$/);
  const planPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: PLAN })).toBeVisible();
  await expect(page.getByTestId('plan-facts')).toContainText('Atlas Relation Client');
  await expect(page.getByTestId('plan-facts')).toContainText('By agent, proportional');
  await expect(page.getByTestId('plan-seed')).toHaveText(seed);
  await page.getByRole('button', { name: 'Draw the sample' }).first().click();
  const drawDialog = page.getByRole('dialog', { name: 'Draw the sample' });
  await drawDialog.getByRole('button', { name: 'Draw', exact: true }).click();

  // the draw on record: size from the margin, fingerprint, allocation, comparison, calls
  const facts = page.getByTestId('draw-facts');
  await expect(facts).toContainText('analyst@demo.vigie.local');
  await expect(page.getByTestId('size-detail')).toContainText(
    /= ±5% at 95% over [\d,]+ calls, 384 for an unlimited population/,
  );
  await expect(page.getByTestId('population-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  const drawn = Number((await page.getByTestId('sample-size').innerText()).replace(/\D/g, ''));
  expect(drawn).toBeGreaterThan(100);
  expect(drawn).toBeLessThanOrEqual(384);
  await expect(page.getByTestId('allocation-table').locator('tbody tr').first()).toBeVisible();
  for (const dimension of ['vendor', 'site', 'agent', 'hour', 'duration']) {
    await expect(page.getByTestId(`dimension-${dimension}`).getByTestId('p-value')).toBeVisible();
  }
  await expect(page.getByTestId('dimension-agent').locator('figure svg').first()).toBeVisible();
  await expect(
    page.getByTestId('representative-note').or(page.getByTestId('representative-warnings')),
  ).toBeVisible();
  await page.getByTestId('dimension-vendor').getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.getByTestId('dimension-table-vendor')).toContainText('Atlas Relation Client');
  const calls = page.getByTestId('drawn-calls');
  await expect(page.getByTestId('drawn-calls-count')).toContainText(`${drawn} calls drawn`);
  await expect(calls.locator('tbody tr')).toHaveCount(Math.min(50, drawn));
  await expect(calls.locator('tbody')).toContainText('Atlas Relation Client');
  await expect(calls.locator('tbody')).not.toContainText('Armor Contact');
  await expect(page.getByTestId('check-command')).toHaveText(
    new RegExp(
      `^vigie sample --population population-[0-9a-f-]{36}\\.csv --size ${drawn} --strata stratum --strata-mode proportional --min-per-stratum 0 --seed ${seed}$`,
    ),
  );
  const csvHref = (await page.getByTestId('population-csv').getAttribute('href')) ?? '';
  const csv = await page.request.get(csvHref);
  expect(csv.status()).toBe(200);
  const csvText = await csv.text();
  expect(csvText.split('\n')[0]).toBe('call_id,stratum');

  // the command shown draws the very same calls from the population downloaded
  const planId = planPath.split('/').at(-1) ?? '';
  const command = await page.getByTestId('check-command').innerText();
  const check = redraw(command, `population-${planId}.csv`, csvText);
  expect(check.report).toContain(await page.getByTestId('population-sha256').innerText());
  const onRecord = await page.request.get(csvHref.replace(/population\.csv$/, 'calls?limit=1000'));
  const recorded = ((await onRecord.json()) as { items: { callId: string }[] }).items.map((c) => c.callId);
  expect(check.ids.sort()).toEqual(recorded.sort());
  await expect(page.getByRole('button', { name: 'Draw the sample' })).toHaveCount(0);

  // an analysis of the sample's calls: it opens on its run page
  await page.getByRole('button', { name: 'Analyse this sample' }).click();
  const analyse = page.getByRole('dialog', { name: 'Analyse this sample' });
  await analyse.getByRole('button', { name: 'Start the analysis' }).click();
  await expect(page).toHaveURL(/\/analysis\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `Sample “${PLAN}”` })).toBeVisible();
  await expect(page.getByText('Calls of a sample plan')).toBeVisible();

  // the list shows the plan, drawn
  await page.getByRole('link', { name: 'Sample plans' }).click();
  const row = page.getByTestId('plans-table').locator('tbody tr', { hasText: PLAN });
  await expect(row).toContainText('Atlas Relation Client');
  await expect(row).toContainText('±5% at 95% confidence');
  await expect(row).toContainText(String(drawn));
  await signOut(page);

  // Armor's user: neither in the list nor by its address
  await signIn(page, 'armor@demo.vigie.local');
  await page.goto(planPath.replace(/\/samples\/.*/, '/samples'));
  await expect(page.getByRole('heading', { name: 'Sample plans' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Armor Contact — échantillon 1');
  await expect(page.getByRole('main')).not.toContainText(PLAN);
  await expect(page.getByRole('main')).not.toContainText('Atlas Relation Client — échantillon');
  await expect(page.getByRole('link', { name: 'New sample plan' })).toHaveCount(0);
  await page.goto(planPath);
  await expect(page.getByRole('main')).toContainText('Page not found');
  await expect(page.locator('body')).not.toContainText(PLAN);
  expect((await page.request.get(csvHref)).status()).toBe(404);
  await signOut(page);

  // Atlas's user: the plan and its draw, to check it, without drawing or analysing
  await signIn(page, 'atlas@demo.vigie.local');
  await page.getByRole('link', { name: 'Sample plans' }).click();
  await expect(page.getByTestId('plans-table')).toContainText(PLAN);
  await page.getByRole('link', { name: PLAN }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}$`));
  await expect(page.getByTestId('population-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('check-command')).toContainText(`--seed ${seed}`);
  const vendorCsv = await page.request.get(csvHref);
  expect(vendorCsv.status()).toBe(200);
  expect(await vendorCsv.text()).toBe(csvText);
  await expect(page.getByTestId('drawn-calls').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draw the sample' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Analyse this sample' })).toHaveCount(0);
});
