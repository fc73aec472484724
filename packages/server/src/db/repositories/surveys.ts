import type { SurveyAnswer } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database, SurveyAnswerTable } from '../schema.ts';

const CHUNK = 500;

/**
 * Stores survey answers linked to stored contacts: each answer takes its contact's vendor, site,
 * activity, channel, agent and interval, so NPS and CSAT group and filter like the other figures.
 * Answers whose contact is not stored are skipped and counted (an answer with no vendor could not
 * be shown to anyone). Returns [stored, skipped].
 */
export async function insertSurveyAnswers(
  db: Kysely<Database>,
  workspaceId: string,
  answers: readonly (SurveyAnswer & { id: string })[],
): Promise<[number, number]> {
  let stored = 0;
  let skipped = 0;
  for (let k = 0; k < answers.length; k += CHUNK) {
    const chunk = answers.slice(k, k + CHUNK);
    const ids = [...new Set(chunk.flatMap((a) => (a.interactionId === null ? [] : [a.interactionId])))];
    const contacts =
      ids.length === 0
        ? []
        : await db
            .selectFrom('interaction')
            .select(['id', 'vendorId', 'siteId', 'activityId', 'channel', 'agent', 'day', 'minute'])
            .where('workspaceId', '=', workspaceId)
            .where('id', 'in', ids)
            .execute();
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const rows: SurveyAnswerTable[] = [];
    for (const a of chunk) {
      const c = a.interactionId === null ? undefined : byId.get(a.interactionId);
      if (!c) {
        skipped++;
        continue;
      }
      const { id: _contactId, ...where } = c;
      rows.push({
        workspaceId,
        id: a.id,
        kind: a.kind,
        score: a.score,
        interactionId: a.interactionId,
        customerId: a.customerId,
        answeredAt: a.answeredAt,
        ...where,
      });
    }
    if (rows.length > 0) {
      const r = await db
        .insertInto('surveyAnswer')
        .values(rows)
        .onConflict((oc) => oc.columns(['workspaceId', 'id']).doNothing())
        .executeTakeFirst();
      stored += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return [stored, skipped];
}
