import type { ContactFlags } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionRow, type ResolvedInteraction } from '../src/db/repositories/interaction-store.ts';
import { openInteractionWriter } from '../src/db/repositories/interaction-writer.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';

const FLAGS: ContactFlags = {
  kpiClass: 'answered',
  countedOffered: true,
  withinThreshold: true,
  lateAbandon: false,
  handleSeconds: 312.5,
  conversion: false,
  resolved: true,
};

function contact(id: string, agent: string, customerId: string | null) {
  const i: ResolvedInteraction = {
    id,
    channel: 'phone',
    direction: 'inbound',
    activity: null,
    vendor: 'vendor-1',
    site: null,
    agent,
    customerId,
    offeredAt: '2026-03-02T09:15:00',
    answeredAt: '2026-03-02T09:15:12',
    endedAt: '2026-03-02T09:20:12',
    waitSeconds: 12,
    talkSeconds: 280.5,
    holdSeconds: 0,
    wrapUpSeconds: 32,
    disposition: 'answered',
    offered: true,
    outcomes: ['resolved'],
  };
  return interactionRow('ws-writer', 'import-1', i, FLAGS);
}

// The bulk path of imports: a worker thread on SQLite, COPY on PostgreSQL (whose text format
// escapes backslashes, tabs and line breaks, and spells null \N).
describe.each(dialects())('bulk writer of contact rows on %s', (dialect) => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
  }, 60_000);
  afterAll(async () => rt?.dispose());

  it('stores awkward text exactly, then skips the ids already stored', async () => {
    const first = [
      contact('tab\there', 'Zoé \\ Dupont', '\\N'),
      contact('line\nbreak\r', 'Agent\t7', null),
      contact('plain-3', 'Élodie Martin', 'C-1'),
    ];
    const writer = openInteractionWriter(rt.ctx.conn);
    const told: string[] = [];
    try {
      expect(await writer.write(first, (r) => told.push(r.id))).toBe(3);
      // a batch with a stored id: COPY is refused, the insert that skips stored ids takes over
      const second = [contact('plain-3', 'Other', null), contact('new-4', 'Agent 2', 'C-2')];
      expect(await writer.write(second, (r) => told.push(r.id))).toBe(1);
      expect(await writer.write([contact('new-5', 'Agent 3', null)], (r) => told.push(r.id))).toBe(1);
    } finally {
      await writer.close();
    }
    expect(told).toEqual(['tab\there', 'line\nbreak\r', 'plain-3', 'new-4', 'new-5']);

    const stored = await rt.ctx.conn.db
      .selectFrom('interaction')
      .select(['id', 'agent', 'customerId', 'talkSeconds', 'handleSeconds', 'outcomes', 'epoch'])
      .where('workspaceId', '=', 'ws-writer')
      .execute();
    const byId = Object.fromEntries(stored.map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual(['line\nbreak\r', 'new-4', 'new-5', 'plain-3', 'tab\there']);
    expect(byId['tab\there']).toMatchObject({ agent: 'Zoé \\ Dupont', customerId: '\\N' });
    expect(byId['line\nbreak\r']).toMatchObject({ agent: 'Agent\t7', customerId: null });
    // the first copy of plain-3 was kept, not the second
    expect(byId['plain-3']).toMatchObject({ agent: 'Élodie Martin', customerId: 'C-1' });
    expect(byId['new-4']).toMatchObject({
      agent: 'Agent 2',
      customerId: 'C-2',
      talkSeconds: 280.5,
      handleSeconds: 312.5,
      outcomes: 'resolved',
      epoch: contact('x', '', null).epoch,
    });
  });
});
