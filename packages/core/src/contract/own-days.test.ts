import { describe, expect, it } from 'vitest';
import { computeStatement } from './compute-statement.ts';
import { explanationText } from './explain-text.ts';
import { actuals, contractInput, phase, validContract } from './test-helpers.ts';

/**
 * August 2026: a pilot paid per logged-in hour until the 10th, then a run paid 3.00 per handled
 * call with a minimum of 90 % of the forecast, plus 0.50 per handled minute. The month had
 * 3,100 calls; the daily figures say 1,000 of them fell on the 1st to the 10th.
 */
function august(withDays: boolean) {
  const contract = validContract(
    contractInput([
      phase({
        kind: 'pilot',
        end: '2026-08-10',
        priceLines: [{ kind: 'per_logged_in_hour', label: 'Hours', unitPriceCents: 2_000 }],
      }),
      phase({
        start: '2026-08-11',
        priceLines: [
          {
            kind: 'per_contact',
            label: 'Calls',
            channel: 'phone',
            unitPriceCents: 300,
            minimumPercentOfForecast: 90,
          },
          { kind: 'per_minute', label: 'Minutes', unitPriceCents: 50 },
        ],
      }),
    ]),
  );
  const daily: Record<string, { volumes: Record<string, number>; minutes: number }> = {};
  for (let d = 1; d <= 31; d++) {
    const day = `2026-08-${String(d).padStart(2, '0')}`;
    // 100 calls a day until the 10th, then 2,100 over 21 days; one e-mail on the 20th
    daily[day] = { volumes: { phone: 100, ...(d === 20 ? { email: 1 } : {}) }, minutes: d <= 10 ? 400 : 420 };
  }
  return computeStatement(
    contract,
    '2026-08',
    actuals('2026-08', {
      volumes: { phone: 3_100, email: 1 },
      minutes: 12_820,
      loggedInHours: 620,
      forecastByChannel: { phone: 3_600 },
      ...(withDays ? { daily } : {}),
    }),
  );
}

describe('a split month with daily actuals', () => {
  it("bills each part on its own days' contacts and minutes; hours and the minimum stay shared by days", () => {
    const s = august(true);
    const [hours, calls, topUp, minutes] = s.lines;
    // the pilot's hours: 620 x 10/31 days x 20.00 = 4,000.00
    expect(hours).toMatchObject({ quantity: 200, amountCents: 400_000 });
    expect(hours?.proRata?.basis).toMatch(/^calendar days/);
    // the run's own calls: 21 days x 100 = 2,100 x 3.00
    expect(calls).toMatchObject({ quantity: 2_100, amountCents: 630_000 });
    expect(calls?.input).toBe('actuals.daily[2026-08-11..2026-08-31].volumes.phone = 2100');
    expect(calls?.proRata?.basis).toMatch(/^the part's own days/);
    // minimum: 90 % x 3,600 x 21/31 = 2,194.8387 calls, 94.8387 short, x 3.00 = 284.52
    expect(topUp?.part).toBe('minimum_top_up');
    expect(topUp?.amountCents).toBe(28_452);
    // the run's own minutes: 21 x 420 = 8,820 x 0.50
    expect(minutes).toMatchObject({ quantity: 8_820, amountCents: 441_000 });
    expect(s.totals.feesCents).toBe(400_000 + 630_000 + 28_452 + 441_000);
    expect(s.warnings).toEqual([]);
    expect(explanationText(calls?.proRata?.basisExplained ?? { key: '', params: {} }, 'fr')).toContain(
      'chiffres quotidiens',
    );
  });

  it('without daily figures, shares the month by calendar days as before', () => {
    const [, calls] = august(false).lines;
    // 3,100 x 21/31 = 2,100 as well here, but read as a share of the month
    expect(calls?.quantity).toBe(2_100);
    expect(calls?.input).toBe('actuals.volumes.phone = 3100');
    expect(calls?.proRata?.basis).toMatch(/^calendar days/);
  });
});
