import type { ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { KpiFilters } from './kpi-queries.ts';

export interface ContactQuery extends KpiFilters {
  day?: string | undefined;
  /** `HH:MM` start of an interval of `interval` minutes */
  time?: string | undefined;
  interval?: 15 | 30 | 60 | undefined;
  kpiClass?: string | undefined;
  limit: number;
  offset: number;
}

const blankToNull = (v: string): string | null => (v === '' ? null : v);

/** The contacts behind a figure (drill-down), newest first, inside the reader's scope. */
export async function listContacts(db: Kysely<Database>, scope: ReadScope, q: ContactQuery) {
  const from = q.day ?? q.from;
  const to = q.day ?? q.to;
  let base = db.selectFrom('interaction').where('workspaceId', '=', scope.workspaceId);
  // one day by equality: the index (workspace, day, vendor, offered_at) then gives the newest
  // first and the page stops at `limit`; a range would sort every contact of the period
  base = from === to ? base.where('day', '=', from) : base.where('day', '>=', from).where('day', '<=', to);
  const vendorId = scope.vendorId ?? q.vendorId;
  if (vendorId !== undefined) base = base.where('vendorId', '=', vendorId);
  if (q.siteId !== undefined) base = base.where('siteId', '=', q.siteId);
  if (q.activityId !== undefined) base = base.where('activityId', '=', q.activityId);
  if (q.channel !== undefined) base = base.where('channel', '=', q.channel);
  if (q.agent !== undefined) base = base.where('agent', '=', q.agent);
  if (q.kpiClass !== undefined) base = base.where('kpiClass', '=', q.kpiClass);
  if (q.time !== undefined) {
    const start = Number(q.time.slice(0, 2)) * 60 + Number(q.time.slice(3, 5));
    base = base.where('minute', '>=', start).where('minute', '<', start + (q.interval ?? 15));
  }
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .selectAll()
      .orderBy('offeredAt', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  return {
    total: Number(total),
    items: rows.map((r) => ({
      id: r.id,
      vendorId: r.vendorId,
      siteId: blankToNull(r.siteId),
      activityId: blankToNull(r.activityId),
      channel: r.channel,
      direction: r.direction,
      agent: blankToNull(r.agent),
      customerId: r.customerId,
      offeredAt: r.offeredAt,
      answeredAt: r.answeredAt,
      endedAt: r.endedAt,
      waitSeconds: r.waitSeconds,
      talkSeconds: r.talkSeconds,
      holdSeconds: r.holdSeconds,
      wrapUpSeconds: r.wrapUpSeconds,
      disposition: r.disposition,
      class: r.kpiClass,
      outcomes: r.outcomes === '' ? [] : r.outcomes.split(','),
    })),
  };
}
