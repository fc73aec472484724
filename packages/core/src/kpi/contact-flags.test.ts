import { describe, expect, it } from 'vitest';
import { GroupAccumulator } from './accumulator.ts';
import { classifyInteraction } from './classify.ts';
import { contactFlags } from './contact-flags.ts';
import type { Interaction } from './interaction.ts';
import { addKpiCounts, emptyKpiCounts, type KpiCounts } from './metrics.ts';
import { parseKpiOptions } from './options.ts';
import { contact } from './test-helpers.ts';

/** Sums stored flags the way the database rollups do (FCR aside). */
function sumFlags(interactions: Interaction[], options = parseKpiOptions()): KpiCounts {
  const c = emptyKpiCounts();
  for (const i of interactions) {
    const f = contactFlags(i, options);
    const one = emptyKpiCounts();
    one.contacts = 1;
    one.offered = f.countedOffered ? 1 : 0;
    one.answered = f.kpiClass === 'answered' ? 1 : 0;
    one.handled = one.answered;
    one.abandoned = f.kpiClass === 'abandoned' ? 1 : 0;
    one.shortAbandoned = f.kpiClass === 'short_abandoned' ? 1 : 0;
    one.vruOnly = f.kpiClass === 'vru_only' ? 1 : 0;
    one.phantom = f.kpiClass === 'phantom' ? 1 : 0;
    one.notOffered = f.kpiClass === 'not_offered' ? 1 : 0;
    one.answeredWithinThreshold = f.withinThreshold ? 1 : 0;
    one.abandonedAfterThreshold = f.lateAbandon ? 1 : 0;
    one.totalAnswerWaitSeconds = one.answered ? i.waitSeconds : 0;
    one.totalHandleSeconds = f.handleSeconds;
    one.conversions = f.conversion ? 1 : 0;
    one.resolved = f.resolved ? 1 : 0;
    one.fcrNoCustomer = one.answered && i.customerId === null ? 1 : 0;
    addKpiCounts(c, one);
  }
  return c;
}

const mixed = (): Interaction[] => [
  contact({ waitSeconds: 10, talkSeconds: 100, holdSeconds: 20, wrapUpSeconds: 30, outcomes: ['sale'] }),
  contact({ waitSeconds: 20, talkSeconds: 200, wrapUpSeconds: 40, outcomes: ['resolved'], customerId: 'k' }),
  contact({ disposition: 'abandoned', waitSeconds: 3 }),
  contact({ disposition: 'abandoned', waitSeconds: 45 }),
  contact({ disposition: 'transferred', answeredAt: '2010-08-04T10:00:30', waitSeconds: 30, talkSeconds: 5 }),
  contact({ disposition: 'transferred', waitSeconds: 30 }),
  contact({ disposition: 'vru_only', offered: false }),
  contact({ disposition: 'phantom', offered: false }),
  contact({ direction: 'outbound', offered: false }),
];

describe('contactFlags', () => {
  it('adds up to the counts of the streaming accumulator, for each short-abandon rule', () => {
    for (const excludeShortAbandons of [true, false]) {
      const options = parseKpiOptions({ excludeShortAbandons, serviceLevelThresholdSeconds: 20 });
      const acc = new GroupAccumulator(options);
      for (const i of mixed()) acc.add(i, classifyInteraction(i, options));
      const {
        fcrEligible: _e,
        fcrRepeated: _r,
        ...expected
      } = { ...acc } as KpiCounts & { options?: unknown };
      const summed = sumFlags(mixed(), options);
      for (const [field, value] of Object.entries(expected)) {
        if (field === 'options') continue;
        expect([field, summed[field as keyof KpiCounts]]).toEqual([field, value]);
      }
    }
  });

  it('counts a wait of exactly Y as within and a transfer after pick-up as answered', () => {
    const options = parseKpiOptions({ serviceLevelThresholdSeconds: 20 });
    expect(contactFlags(contact({ waitSeconds: 20 }), options).withinThreshold).toBe(true);
    expect(contactFlags(contact({ waitSeconds: 21 }), options).withinThreshold).toBe(false);
    const transferred = contact({
      disposition: 'transferred',
      answeredAt: '2010-08-04T10:00:05',
      talkSeconds: 9,
    });
    expect(contactFlags(transferred, options)).toMatchObject({ kpiClass: 'answered', handleSeconds: 9 });
  });
});
