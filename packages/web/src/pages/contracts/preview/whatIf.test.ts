import { type Actuals, type ContractInput, validateContract } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import october from '../../../../../../docs/examples/actuals-2026-10.json';
import example from '../../../../../../docs/examples/contract-nearshore.json';
import { contractMonths, earnBackMonths, monthsBetween, statementInBrowser } from './statementInBrowser';
import { applyWhatIf, compareTotals, totalDifference, whatIfChoices } from './whatIf';

const checked = validateContract(example as ContractInput);
if (!checked.ok) throw new Error('the example contract is valid');
const contract = checked.value;
const items = [{ month: '2026-10', actuals: october as Actuals }];

describe('statements in the browser', () => {
  it('computes the documented October 2026 total', () => {
    const { statement, hasData } = statementInBrowser(contract, '2026-10', items);
    expect(hasData).toBe(true);
    expect(statement.totals.totalCents).toBe(11288344);
  });

  it('computes a month without data on empty actuals', () => {
    const { statement, hasData } = statementInBrowser(contract, '2026-11', items);
    expect(hasData).toBe(false);
    expect(statement.warnings.length).toBeGreaterThan(0);
  });

  it('lists months and earn-back depth', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(contractMonths({ start: '2026-09-01', end: null }, '2026-11-15')).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(contractMonths({ start: '2026-09-01', end: '2026-09-30' }, '2027-01-01')).toEqual(['2026-09']);
    expect(earnBackMonths(contract)).toBe(2);
  });
});

describe('what if', () => {
  it('offers every rate and every target', () => {
    const ids = whatIfChoices(contract).map((c) => c.id);
    expect(ids).toEqual([
      '0.0.price.0.unitPriceCents',
      '0.0.target.0',
      '0.1.price.0.unitPriceCents',
      '0.1.price.1.unitPriceCents',
      '0.1.target.0',
      '0.1.target.1',
      '0.1.target.2',
    ]);
  });

  it('changes one rate and compares the totals', () => {
    const choice = whatIfChoices(contract).find((c) => c.id === '0.1.price.1.unitPriceCents');
    if (!choice) throw new Error('no choice');
    const after = applyWhatIf(contract, choice, 900);
    expect(contract.versions[0]?.phases[1]?.priceLines[1]).toMatchObject({ unitPriceCents: 800 });
    const rows = compareTotals(contract, after, ['2026-09', '2026-10'], items);
    expect(rows.map((r) => r.month)).toEqual(['2026-10']);
    // 640 appointments billed in the run part of October, 1.00 more each, plus the at-risk
    // amount that follows the fees (10 %, fully credited as the cap is reached)
    expect(totalDifference(rows)).toBe(64000 - 6400);
  });

  it('changes one target', () => {
    const choice = whatIfChoices(contract).find((c) => c.id === '0.0.target.0');
    if (choice?.kind !== 'target') throw new Error('no choice');
    expect(choice.current).toBe(0.8);
    const after = applyWhatIf(contract, choice, 0.85);
    const [row] = compareTotals(contract, after, ['2026-10'], items);
    // service level 0.83: +3 points x 500.00 pro rata 15/31 becomes -2 points x 500.00 x 15/31
    expect(row && row.afterCents - row.beforeCents).toBe(-(72581 + 48387));
  });
});
