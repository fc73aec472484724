import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import type { TestClient } from './http-client.ts';

type ImportView = {
  id: string;
  status: string;
  rowsImported: number;
  problems: { line: number; field: string | null; code: string; severity: string; message: string }[];
};

const HEADER =
  'id,channel,direction,activity,vendor,site,agent,customer_id,offered_at,answered_at,ended_at,wait_seconds,talk_seconds,hold_seconds,wrap_up_seconds,disposition,offered,outcomes';
const row = (id: string, agent = 'Léa') =>
  `${id},phone,inbound,,,,${agent},C1,2026-10-07T09:00:00,2026-10-07T09:00:10,2026-10-07T09:05:00,10,280,0,10,answered,true,resolved`;

/** Every kind of bad file, through the API: a message naming the line, and nothing stored. */
describe.each(dialects())('bad import files on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let analyst: TestClient;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    analyst = await w.as('analyst@demo.vigie.local');
  });
  afterAll(async () => rt?.dispose());

  async function stored(): Promise<number> {
    const r = await rt.ctx.conn.db
      .selectFrom('interaction')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async function importFile(content: string | Buffer, name: string): Promise<ImportView> {
    const form = new FormData();
    form.append('file', new File([typeof content === 'string' ? content : new Uint8Array(content)], name));
    form.append('profile', 'vigie');
    form.append('vendorId', w.armorId);
    const started = await analyst.upload<ImportView>(`/api/workspaces/${w.ws}/imports`, form);
    expect(started.status).toBe(202);
    for (let k = 0; k < 400; k++) {
      const r = await analyst.get<ImportView>(`/api/workspaces/${w.ws}/imports/${started.body.id}`);
      if (r.body.status !== 'running') return r.body;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('import still running');
  }

  const cases: [string, string | Buffer, string, RegExp][] = [
    [
      'a missing column',
      `${HEADER.replace(',offered_at', '')}\n${row('m1').replace(',2026-10-07T09:00:00', '')}\n`,
      'failed',
      /offered_at/,
    ],
    [
      'duplicate ids',
      `${HEADER}\n${row('d1')}\n${row('d1')}\n`,
      'rejected',
      /Line 3: id "d1" was already imported from line 2/,
    ],
    [
      'a truncated file (open quote)',
      `${HEADER}\n${row('t1')}\n${row('t2').replace('Léa', '"Lé')}`,
      'failed',
      /line 3/i,
    ],
    [
      'an unparsable date',
      `${HEADER}\n${row('u1').replace('2026-10-07T09:00:00', '07/10/2026 9h')}\n`,
      'rejected',
      /Line 2/,
    ],
    [
      'a wrong delimiter',
      `${HEADER.replaceAll(',', ';')}\n${row('w1').replaceAll(',', ';')}\n`,
      'failed',
      /delimiter|;/,
    ],
  ];

  for (const [what, content, status, message] of cases) {
    it(`refuses ${what} with the line, and stores nothing`, async () => {
      const before = await stored();
      const r = await importFile(content, 'bad.csv');
      expect(r.status).toBe(status);
      expect(
        r.problems
          .filter((p) => p.severity === 'error')
          .map((p) => p.message)
          .join(' | '),
      ).toMatch(message);
      expect(await stored()).toBe(before);
    });
  }

  it("files a row under the named vendor's own site when two vendors have a site of that name", async () => {
    const admin = await w.as('admin@demo.vigie.local');
    const site = await admin.post<{ id: string }>(`/api/workspaces/${w.ws}/sites`, {
      vendorId: w.atlasId,
      name: 'Brest',
      city: 'Brest',
      country: 'FR',
      shore: 'onshore',
      languages: ['fr'],
      seats: 10,
    });
    expect(site.status).toBe(201);
    const line = (id: string, vendor: string) =>
      row(id).replace('phone,inbound,,,,', `phone,inbound,,${vendor},Brest,`);
    const r = await importFile(
      `${HEADER}\n${line('s1', 'Atlas Relation Client')}\n${line('s2', 'Armor Contact')}\n`,
      'sites.csv',
    );
    expect(r.status).toBe('completed');
    const stored = await rt.ctx.conn.db
      .selectFrom('interaction')
      .innerJoin('site', 'site.id', 'interaction.siteId')
      .select(['interaction.id', 'site.vendorId'])
      .where('interaction.id', 'in', ['s1', 's2'])
      .orderBy('interaction.id')
      .execute();
    expect(stored).toEqual([
      { id: 's1', vendorId: w.atlasId },
      { id: 's2', vendorId: w.armorId },
    ]);
  });

  it('reads a file mixing UTF-8 and Windows-1252 lines, naming the converted line', async () => {
    const utf8 = Buffer.from(`${HEADER}\n${row('e1', 'Léa')}\n`, 'utf8');
    const latin1 = Buffer.from(`${row('e2', 'Hélène')}\n`, 'latin1');
    const r = await importFile(Buffer.concat([utf8, latin1]), 'mixed.csv');
    expect(r.status).toBe('completed');
    expect(r.rowsImported).toBe(2);
    expect(r.problems.some((p) => p.line === 3 && p.severity === 'warning')).toBe(true);
    const agents = await rt.ctx.conn.db
      .selectFrom('interaction')
      .select('agent')
      .where('id', 'in', ['e1', 'e2'])
      .orderBy('id')
      .execute();
    expect(agents.map((a) => a.agent)).toEqual(['Léa', 'Hélène']);
  });
});
