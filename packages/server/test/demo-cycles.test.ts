import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../src/demo/create-demo.ts';
import { openTestRuntime, type TestRuntime } from './harness.ts';

describe('the demo workspace: samples, feedback reports and coaching cycles', () => {
  let rt: TestRuntime;
  let ws: string;

  beforeAll(async () => {
    rt = await openTestRuntime('sqlite');
    ws = (await createDemo(rt.ctx, { contactDays: 0, transcriptCalls: 1500 })).workspaceId;
  }, 180_000);
  afterAll(async () => rt?.dispose());

  it('gives each vendor two closed cycles with published reports and a third in progress', async () => {
    const db = rt.ctx.conn.db;
    const vendors = await db
      .selectFrom('vendor')
      .select(['id', 'name'])
      .where('workspaceId', '=', ws)
      .orderBy('name')
      .execute();
    expect(vendors).toHaveLength(3);
    for (const vendor of vendors) {
      const cycles = await db
        .selectFrom('coachingCycle')
        .selectAll()
        .where('vendorId', '=', vendor.id)
        .orderBy('number')
        .execute();
      expect(cycles.map((c) => [c.number, c.status])).toEqual([
        [1, 'closed'],
        [2, 'closed'],
        [3, 'in_progress'],
      ]);
      const reports = await db
        .selectFrom('feedbackReport')
        .select(['id', 'status'])
        .where('vendorId', '=', vendor.id)
        .execute();
      expect(reports.map((r) => r.status).sort()).toEqual(['draft', 'published', 'published']);
      // every cycle opened on its report, measured by the next sample's run
      expect(cycles.every((c) => reports.some((r) => r.id === c.reportId))).toBe(true);
      expect(cycles[0]?.measureRunId).not.toBeNull();
      // the vendor's own user kept its action plans and answered its reports
      const actions = await db
        .selectFrom('actionItem')
        .select(['status', 'updatedBy'])
        .where('vendorId', '=', vendor.id)
        .execute();
      expect(actions.length).toBe(4);
      expect(
        actions.filter((a) => a.status === 'done').every((a) => a.updatedBy.endsWith('@demo.vigie.local')),
      ).toBe(true);
      const answers = await db
        .selectFrom('reportAnswer')
        .select('answeredBy')
        .where('vendorId', '=', vendor.id)
        .execute();
      expect(answers.length).toBeGreaterThan(0);
      expect(
        answers.every((a) => !['analyst@demo.vigie.local', 'admin@demo.vigie.local'].includes(a.answeredBy)),
      ).toBe(true);
    }
    // one theme achieved by one vendor, the focus of its next cycle moved on
    const closed = await db
      .selectFrom('coachingCycle')
      .selectAll()
      .where('workspaceId', '=', ws)
      .where('status', '=', 'closed')
      .execute();
    const achieved = closed.filter(
      (c) => (JSON.parse(c.outcomeJson ?? '{}') as { achieved?: boolean }).achieved,
    );
    expect(achieved.length).toBeGreaterThanOrEqual(1);
    const first = achieved[0];
    const next = await db
      .selectFrom('coachingCycle')
      .select('focusTheme')
      .where('vendorId', '=', first?.vendorId ?? '')
      .where('number', '=', (first?.number ?? 0) + 1)
      .executeTakeFirstOrThrow();
    expect(next.focusTheme).not.toBe(first?.focusTheme);
    // samples never overlap within a vendor
    const drawn = await db
      .selectFrom('sampleCall')
      .select('transcriptId')
      .where('workspaceId', '=', ws)
      .execute();
    expect(new Set(drawn.map((d) => d.transcriptId)).size).toBe(drawn.length);
  });

  it('is rebuilt by a reset with the same cycles, reports and samples', async () => {
    const db = rt.ctx.conn.db;
    // ids drawn after the demo's users may shift when the users already exist: compare contents
    const snapshot = async () => ({
      cycles: await db
        .selectFrom('coachingCycle')
        .select(['vendorId', 'number', 'status', 'focusTheme', 'objectivesJson', 'outcomeJson'])
        .orderBy('vendorId')
        .orderBy('number')
        .execute(),
      reports: await db
        .selectFrom('feedbackReport')
        .select(['vendorId', 'status'])
        .orderBy('vendorId')
        .orderBy('status')
        .execute(),
      samples: await db
        .selectFrom('sampleCall')
        .innerJoin('transcript', 'transcript.id', 'sampleCall.transcriptId')
        .select(['transcript.callId', 'sampleCall.stratum'])
        .orderBy('transcript.callId')
        .execute(),
    });
    const before = await snapshot();
    const again = await createDemo(rt.ctx, { contactDays: 0, transcriptCalls: 1500 });
    expect(again.workspaceId).toBe(ws);
    expect(await snapshot()).toEqual(before);
  }, 180_000);
});
