import type { Interaction } from './interaction.ts';

let seq = 0;

/**
 * A contact for tests: an inbound phone call answered with no wait, offered at 2010-08-04 10:00
 * unless overridden. Test-only helper (not exported from the package).
 */
export function contact(overrides: Partial<Interaction> = {}): Interaction {
  seq++;
  return {
    id: `c${seq}`,
    channel: 'phone',
    direction: 'inbound',
    activity: 'support',
    vendor: 'acme',
    site: 'lyon',
    agent: 'a1',
    customerId: null,
    offeredAt: '2010-08-04T10:00:00',
    answeredAt: null,
    endedAt: null,
    waitSeconds: 0,
    talkSeconds: 0,
    holdSeconds: 0,
    wrapUpSeconds: 0,
    disposition: 'answered',
    offered: true,
    outcomes: [],
    ...overrides,
  };
}
