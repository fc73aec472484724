import fs from 'node:fs';
import path from 'node:path';
import { FRENCH_LIBRARY } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTranscripts } from '../src/app/analysis/import-transcripts.ts';
import { buildWorld, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import { type Reply, TestClient } from './http-client.ts';

const MAPPING = {
  name: 'Export téléphonie',
  format: 'csv',
  fields: { id: { column: 'id' }, offeredAt: { column: 'date' }, disposition: { column: 'statut' } },
};

type OpenApi = { paths: Record<string, Record<string, { requestBody?: unknown }>> };

/**
 * Reads of one named resource every member of the workspace may make, vendor users included:
 * they hold no vendor's data (a practice library is rules and labels). Their answers are still
 * checked for leaks below.
 */
const SHARED_READS = new Set(['get /api/workspaces/{workspaceId}/libraries/{libraryId}']);

/**
 * Walks every operation of the OpenAPI document as (1) the vendor user of Armor aimed at
 * Atlas's resources and (2) the admin of another workspace aimed at the demo workspace, and
 * requires 403 or 404 everywhere. A new endpoint is covered the day it is documented; one
 * with a body must get a sample body below, or this test fails.
 */
describe.each(dialects())('isolation on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let armorUser: TestClient;
  let otherAdmin: TestClient;
  let doc: OpenApi;
  /** ids that a user of Armor must never see */
  let foreign: {
    vendorId: string;
    siteId: string;
    activityId: string;
    allocationId: string;
    userId: string;
    invitationId: string;
    targetId: string;
    importId: string;
    profileId: string;
    contractId: string;
    invoiceId: string;
    differenceId: string;
    month: string;
    transcriptId: string;
    runId: string;
    ruleId: string;
    libraryId: string;
    planId: string;
    reportId: string;
    cycleId: string;
    actionId: string;
  };
  let forbiddenStrings: string[];

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    armorUser = await w.as('armor@demo.vigie.local');
    otherAdmin = await w.as(w.otherAdminEmail);
    const admin = await w.as('admin@demo.vigie.local');
    const db = rt.ctx.conn.db;
    const atlasSite = await db
      .selectFrom('site')
      .select('id')
      .where('vendorId', '=', w.atlasId)
      .executeTakeFirstOrThrow();
    // the e-mail activity is split between Atlas and Tsiry: Armor has no part in it
    const email = await db
      .selectFrom('activity')
      .select('id')
      .where('channel', '=', 'email')
      .where('workspaceId', '=', w.ws)
      .executeTakeFirstOrThrow();
    const emailAllocation = await db
      .selectFrom('allocation')
      .select('id')
      .where('activityId', '=', email.id)
      .executeTakeFirstOrThrow();
    const atlasUser = await db
      .selectFrom('membership')
      .select('userId')
      .where('vendorId', '=', w.atlasId)
      .executeTakeFirstOrThrow();
    const inv = await admin.post<{ invitation: { id: string } }>(`/api/workspaces/${w.ws}/invitations`, {
      email: 'someone@atlas.example',
      role: 'vendor',
      vendorId: w.atlasId,
    });
    const target = await admin.post<{ id: string }>(`/api/workspaces/${w.ws}/targets`, {
      vendorId: w.atlasId,
      kpi: 'serviceLevel',
      target: 0.8,
      validFrom: '2026-01-01',
    });
    const upload = new FormData();
    upload.append('file', new File(['id,offered_at\n'], 'calls.csv'));
    upload.append('profile', 'vigie');
    upload.append('dryRun', 'true');
    const dryRun = await admin.upload<{ id: string }>(`/api/workspaces/${w.ws}/imports`, upload);
    const profile = await admin.post<{ id: string }>(`/api/workspaces/${w.ws}/mapping-profiles`, MAPPING);
    const atlasContract = await db
      .selectFrom('contract')
      .select(['id', 'startDate'])
      .where('vendorId', '=', w.atlasId)
      .executeTakeFirstOrThrow();
    const month = atlasContract.startDate.slice(0, 7);
    // Atlas's invoice of its first month: the template of its statement, as Atlas's user uploads it
    const template = await admin.download(
      `/api/workspaces/${w.ws}/contracts/${atlasContract.id}/statements/${month}/export?format=csv&lang=en`,
    );
    const lines = template.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const wrong = lines.map((l, k) => (k === 1 ? l.replace(/,[^,]*,EUR$/, ',1.00,EUR') : l)).join('\n');
    const upload2 = new FormData();
    upload2.append('file', new File([wrong], 'facture.csv'));
    upload2.append('contractId', atlasContract.id);
    upload2.append('month', month);
    const atlasClient = await w.as('atlas@demo.vigie.local');
    const invoice = await atlasClient.upload<{ id: string; differences: { id: string }[] }>(
      `/api/workspaces/${w.ws}/invoices`,
      upload2,
    );
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201);
    // one of Atlas's calls, and a run aimed at Atlas's calls
    const calls = fs.mkdtempSync(path.join(rt.ctx.config.dataDir, 'atlas-calls-'));
    fs.copyFileSync(
      path.resolve(import.meta.dirname, '../../../docs/examples/transcript-fr.json'),
      path.join(calls, 'appel.json'),
    );
    await importTranscripts(rt.ctx, {
      workspaceId: w.ws,
      inputs: [calls],
      vendor: null,
      format: 'auto',
      language: 'fr',
      redact: true,
    });
    const transcript = await db
      .selectFrom('transcript')
      .select('id')
      .where('vendorId', '=', w.atlasId)
      .executeTakeFirstOrThrow();
    const run = await admin.post<{ id: string }>(`/api/workspaces/${w.ws}/analysis-runs`, {
      libraryId: 'fr',
      filter: { vendorId: w.atlasId },
    });
    expect(run.status, JSON.stringify(run.body)).toBe(202);
    // the route queued the run: wait for it (running it here as well would race it)
    for (let i = 0; i < 200; i++) {
      const polled = await admin.get<{ run: { status: string } }>(
        `/api/workspaces/${w.ws}/analysis-runs/${run.body.id}?stats=none`,
      );
      if (polled.body.run.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const library = await admin.post<{ id: string }>(`/api/workspaces/${w.ws}/libraries`, {
      library: { ...FRENCH_LIBRARY, id: 'copie' },
      basedOn: 'fr',
    });
    expect(library.status, JSON.stringify(library.body)).toBe(201);
    // a sample plan over Atlas's calls, drawn
    const plan = await admin.post<{ id: string }>(`/api/workspaces/${w.ws}/sample-plans`, {
      name: 'Atlas',
      population: { vendorId: w.atlasId },
      size: { mode: 'fixed', size: 1 },
      seed: 1,
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    const drawn = await admin.post(`/api/workspaces/${w.ws}/sample-plans/${plan.body.id}/draw`, {});
    expect(drawn.status, JSON.stringify(drawn.body)).toBe(201);
    // Atlas's feedback report, published
    const report = await admin.post<{ id: string }>(`/api/workspaces/${w.ws}/feedback-reports`, {
      runId: run.body.id,
      vendorId: w.atlasId,
    });
    expect(report.status, JSON.stringify(report.body)).toBe(201);
    await admin.post(`/api/workspaces/${w.ws}/feedback-reports/${report.body.id}/publish`, {});
    // Atlas's coaching cycle, with an action of its plan
    const cycle = await admin.post<{ id: string }>(`/api/workspaces/${w.ws}/coaching-cycles`, {
      vendorId: w.atlasId,
      focusTheme: 'phone_tool',
      startsOn: '2026-11-01',
      endsOn: '2026-12-15',
      objectives: [{ practiceId: 'hold_unannounced', direction: 'at_most', target: 0.1 }],
      baselineRunId: run.body.id,
    });
    expect(cycle.status, JSON.stringify(cycle.body)).toBe(201);
    const action = await admin.post<{ id: string }>(
      `/api/workspaces/${w.ws}/coaching-cycles/${cycle.body.id}/actions`,
      {
        text: 'Annoncer les attentes',
        owner: 'Plateau',
        dueOn: '2026-11-20',
      },
    );
    foreign = {
      cycleId: cycle.body.id,
      actionId: action.body.id,
      reportId: report.body.id,
      planId: plan.body.id,
      transcriptId: transcript.id,
      runId: run.body.id,
      ruleId: 'hold_announced',
      libraryId: library.body.id,
      contractId: atlasContract.id,
      invoiceId: invoice.body.id,
      differenceId: invoice.body.differences[0]?.id ?? '',
      month,
      profileId: profile.body.id,
      targetId: target.body.id,
      importId: dryRun.body.id,
      vendorId: w.atlasId,
      siteId: atlasSite.id,
      activityId: email.id,
      allocationId: emailAllocation.id,
      userId: atlasUser.userId,
      invitationId: inv.body.invitation.id,
    };
    const others = await db
      .selectFrom('vendor')
      .select(['id', 'name'])
      .where('id', '!=', w.armorId)
      .execute();
    const otherSites = await db.selectFrom('site').select('id').where('vendorId', '!=', w.armorId).execute();
    forbiddenStrings = [
      ...others.flatMap((v) => [v.id, v.name]),
      ...otherSites.map((s) => s.id),
      email.id,
      emailAllocation.id,
      foreign.contractId,
      foreign.invoiceId,
      foreign.transcriptId,
      foreign.runId,
      foreign.planId,
      foreign.reportId,
      foreign.cycleId,
      foreign.actionId,
    ];
    doc = (await new TestClient(rt.app).get<OpenApi>('/api/openapi.json')).body;
  });
  afterAll(async () => rt?.dispose());

  function sampleBody(method: string, path: string): unknown {
    const samples: Record<string, unknown> = {
      'post /api/workspaces/{workspaceId}/vendors': {
        name: 'Intrus',
        legalEntity: '',
        status: 'active',
        contacts: [],
      },
      'put /api/workspaces/{workspaceId}/vendors/{vendorId}': {
        name: 'Renamed',
        legalEntity: '',
        status: 'ended',
        contacts: [],
      },
      'post /api/workspaces/{workspaceId}/sites': {
        vendorId: foreign.vendorId,
        name: 'X',
        city: 'Fès',
        country: 'MA',
        shore: 'nearshore',
        languages: ['fr'],
        seats: 1,
      },
      'put /api/workspaces/{workspaceId}/sites/{siteId}': {
        vendorId: foreign.vendorId,
        name: 'X',
        city: 'Fès',
        country: 'MA',
        shore: 'nearshore',
        languages: ['fr'],
        seats: 1,
      },
      'post /api/workspaces/{workspaceId}/activities': {
        name: 'Intrusion',
        channel: 'chat',
        languages: ['fr'],
      },
      'put /api/workspaces/{workspaceId}/activities/{activityId}': {
        name: 'Intrusion',
        channel: 'chat',
        languages: ['fr'],
      },
      'post /api/workspaces/{workspaceId}/allocations': {
        activityId: foreign.activityId,
        validFrom: '2030-01-01',
        lines: [{ vendorId: w.armorId, sharePercent: 100 }],
      },
      'put /api/workspaces/{workspaceId}/allocations/{allocationId}': {
        activityId: foreign.activityId,
        validFrom: '2030-01-01',
        lines: [{ vendorId: w.armorId, sharePercent: 100 }],
      },
      'patch /api/workspaces/{workspaceId}/members/{userId}': { role: 'admin', vendorId: null },
      'post /api/workspaces/{workspaceId}/members/{userId}/password': { password: 'taken-over-account' },
      'post /api/workspaces/{workspaceId}/invitations': {
        email: 'spy@armor.example',
        role: 'admin',
        vendorId: null,
      },
      'post /api/workspaces/{workspaceId}/targets': {
        vendorId: foreign.vendorId,
        kpi: 'serviceLevel',
        target: 0.1,
        validFrom: '2026-01-01',
      },
      'put /api/workspaces/{workspaceId}/targets/{targetId}': {
        vendorId: foreign.vendorId,
        kpi: 'serviceLevel',
        target: 0.1,
        validFrom: '2026-01-01',
      },
      // a JSON body where a form is expected: the policy answers before the payload is read
      'post /api/workspaces/{workspaceId}/imports': { profile: 'vigie' },
      'post /api/workspaces/{workspaceId}/imports/{importId}/commit': { mode: 'quarantine' },
      'post /api/workspaces/{workspaceId}/mapping-profiles': { ...MAPPING, name: 'Intrus' },
      'put /api/workspaces/{workspaceId}/mapping-profiles/{profileId}': { ...MAPPING, name: 'Intrus' },
      'post /api/workspaces/{workspaceId}/mapping-profiles/sample': { file: 'x' },
      'post /api/invitations/{token}/accept': { name: 'Spy', password: 'a-long-password' },
      'post /api/workspaces/{workspaceId}/contracts': { ...contractDocument(), name: 'Intrus' },
      'put /api/workspaces/{workspaceId}/contracts/{contractId}': { ...contractDocument(), name: 'Intrus' },
      'post /api/workspaces/{workspaceId}/contracts/{contractId}/versions': {
        effectiveFrom: '2030-01-01',
        reason: 'intrusion',
        phases: contractDocument().versions[0]?.phases ?? [],
      },
      'put /api/workspaces/{workspaceId}/vendors/{vendorId}/month-inputs/{month}': { loggedInHours: 1 },
      // a real upload of the other vendor's contract
      'post /api/workspaces/{workspaceId}/invoices': invoiceForm(),
      'put /api/workspaces/{workspaceId}/invoices/{invoiceId}/differences/{differenceId}': {
        decision: 'accepted',
        comment: null,
      },
      'put /api/workspaces/{workspaceId}/invoices/{invoiceId}/differences/{differenceId}/answer': {
        answer: 'x',
      },
      'post /api/workspaces/{workspaceId}/analysis-runs': {
        libraryId: 'fr',
        filter: { vendorId: foreign.vendorId },
      },
      'post /api/workspaces/{workspaceId}/libraries': { library: { ...FRENCH_LIBRARY, id: 'intrus' } },
      'post /api/workspaces/{workspaceId}/sample-plans': {
        name: 'Intrus',
        population: { vendorId: foreign.vendorId },
        size: { mode: 'fixed', size: 1 },
      },
      'post /api/workspaces/{workspaceId}/sample-plans/{planId}/draw': {},
      'post /api/workspaces/{workspaceId}/feedback-reports': {
        runId: foreign.runId,
        vendorId: foreign.vendorId,
      },
      'put /api/workspaces/{workspaceId}/feedback-reports/{reportId}': { document: { themes: [] } },
      'post /api/workspaces/{workspaceId}/feedback-reports/{reportId}/publish': {},
      'post /api/workspaces/{workspaceId}/feedback-reports/{reportId}/answers': {
        questionId: 'q',
        text: 'x',
      },
      'post /api/workspaces/{workspaceId}/coaching-cycles': {
        vendorId: foreign.vendorId,
        focusTheme: 'phone_tool',
        startsOn: '2026-11-01',
        endsOn: '2026-12-15',
        objectives: [{ practiceId: 'hold_unannounced', direction: 'at_most', target: 0.1 }],
      },
      'put /api/workspaces/{workspaceId}/coaching-cycles/{cycleId}': { endsOn: '2026-12-31' },
      'post /api/workspaces/{workspaceId}/coaching-cycles/{cycleId}/close': {},
      'post /api/workspaces/{workspaceId}/coaching-cycles/{cycleId}/actions': {
        text: 'x',
        owner: 'x',
        dueOn: '2026-11-20',
      },
      'put /api/workspaces/{workspaceId}/coaching-cycles/{cycleId}/actions/{actionId}': { status: 'done' },
      'put /api/workspaces/{workspaceId}/libraries/{libraryId}': {
        library: { ...FRENCH_LIBRARY, id: 'intrus' },
      },
    };
    const key = `${method} ${path}`;
    if (!(key in samples)) throw new Error(`No sample body for ${key}: add one to the isolation test`);
    return samples[key];
  }

  /** A one-version contract of the other vendor (Atlas), from the stored one. */
  function contractDocument() {
    return {
      vendorId: foreign.vendorId,
      activities: [foreign.activityId],
      start: '2030-01-01',
      end: null,
      noticeDays: 30,
      currency: 'EUR',
      versions: [
        {
          effectiveFrom: '2030-01-01',
          reason: 'intrusion',
          phases: [
            {
              kind: 'run',
              start: '2030-01-01',
              end: null,
              priceLines: [{ kind: 'fixed_fee', amountCents: 1 }],
            },
          ],
        },
      ],
    };
  }

  function invoiceForm(): FormData {
    const form = new FormData();
    form.append('file', new File(['code,amount\nfee:fixed_fee,1.00\n'], 'facture.csv'));
    form.append('contractId', foreign.contractId);
    form.append('month', foreign.month);
    return form;
  }

  function fill(path: string, workspaceId: string): string {
    return path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'workspaceId') return workspaceId;
      if (name === 'token') return 'not-a-real-token';
      const id = (foreign as Record<string, string>)[name];
      if (!id) throw new Error(`No foreign id for path parameter {${name}}: add one to the isolation test`);
      return id;
    });
  }

  async function call(client: TestClient, method: string, path: string, workspaceId: string): Promise<Reply> {
    const op = doc.paths[path]?.[method];
    const body = op?.requestBody ? sampleBody(method, path) : undefined;
    if (body instanceof FormData) return client.upload(fill(path, workspaceId), body);
    return client.request(method.toUpperCase(), fill(path, workspaceId), body);
  }

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ path, method })));

  it('documents the routes it walks', () => {
    expect(operations().length).toBeGreaterThanOrEqual(25);
  });

  it("gives Armor's vendor user 403/404 on every Atlas resource, and no trace of other vendors in lists", async () => {
    const before = await rt.ctx.conn.db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    for (const { path, method } of operations()) {
      const r = await call(armorUser, method, path, w.ws);
      const where = `${method.toUpperCase()} ${path} -> ${r.status}`;
      const namesAResource = /\{(?!workspaceId\})\w+\}/.test(path);
      // every write, and every read of one named resource, is refused; lists may answer
      // but must not leak (checked below)
      const shared = SHARED_READS.has(`${method} ${path}`);
      if ((namesAResource && !shared) || method !== 'get') expect([403, 404], where).toContain(r.status);
      const text = JSON.stringify(r.body);
      for (const s of forbiddenStrings) expect(text.includes(s), `${where} leaks ${s}`).toBe(false);
    }
    const after = await rt.ctx.conn.db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("gives another workspace's admin 403/404 on every route of the demo workspace", async () => {
    for (const { path, method } of operations()) {
      if (!path.startsWith('/api/workspaces/{workspaceId}')) continue;
      const r = await call(otherAdmin, method, path, w.ws);
      expect([403, 404], `${method.toUpperCase()} ${path} -> ${r.status}`).toContain(r.status);
    }
  });

  it("gives Armor's vendor user 404 on every route of another workspace", async () => {
    for (const { path, method } of operations()) {
      if (!path.startsWith('/api/workspaces/{workspaceId}')) continue;
      const r = await call(armorUser, method, path, w.otherWs);
      expect(r.status, `${method.toUpperCase()} ${path}`).toBe(404);
    }
  });

  it("shows Armor's vendor user its own vendor, sites, activities and only its own allocation lines", async () => {
    const base = `/api/workspaces/${w.ws}`;
    const vendors = await armorUser.get<{ items: { id: string }[] }>(`${base}/vendors`);
    expect(vendors.body.items.map((v) => v.id)).toEqual([w.armorId]);
    const sites = await armorUser.get<{ items: { vendorId: string }[] }>(`${base}/sites`);
    expect(sites.body.items.length).toBe(2);
    expect(new Set(sites.body.items.map((s) => s.vendorId))).toEqual(new Set([w.armorId]));
    const allocations = await armorUser.get<{ items: { lines: { vendorId: string }[] }[] }>(
      `${base}/allocations`,
    );
    expect(allocations.body.items.length).toBe(4);
    for (const a of allocations.body.items) for (const l of a.lines) expect(l.vendorId).toBe(w.armorId);
    const activities = await armorUser.get<{ items: { channel: string }[] }>(`${base}/activities`);
    expect(activities.body.items.map((a) => a.channel).sort()).toEqual(['phone', 'phone', 'web_callback']);
  });
});
