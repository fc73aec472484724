import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FeedbackReport } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../src/cli/report.ts';
import { pdfText } from '../src/io/pdf-text-for-tests.ts';
import { buildWorld, storeGeneratedCalls, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import type { TestClient } from './http-client.ts';

interface Report {
  id: string;
  status: string;
  vendorId: string;
  document: FeedbackReport;
  answers?: { questionId: string; text: string; answeredBy: string }[];
}

/** Converts a file with LibreOffice (headless, its own profile) and returns the output's path. */
function libreOffice(file: string, to: 'pdf' | 'txt:Text (encoded):UTF8', dir: string): string {
  const profile = fs.mkdtempSync(path.join(dir, 'lo-profile-'));
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', dir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.error) throw new Error(`LibreOffice (soffice) is needed by this test: ${r.error.message}`);
  const out = path.join(dir, `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file}: ${r.stderr}`);
  return out;
}

describe.each(dialects())('feedback reports over the API on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let analyst: TestClient;
  let atlasUser: TestClient;
  let armorUser: TestClient;
  let base: string;
  let runId: string;
  let report: Report;
  let dir: string;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    base = `/api/workspaces/${w.ws}`;
    analyst = await w.as('analyst@demo.vigie.local');
    atlasUser = await w.as('atlas@demo.vigie.local');
    armorUser = await w.as('armor@demo.vigie.local');
    dir = fs.mkdtempSync(path.join(rt.ctx.config.dataDir, 'reports-'));
    const db = rt.ctx.conn.db;
    await storeGeneratedCalls(rt, w, 400, 5);
    runId = (
      await db
        .selectFrom('analysisRun')
        .select('id')
        .where('workspaceId', '=', w.ws)
        .executeTakeFirstOrThrow()
    ).id;
    const drafted = await analyst.post<Report>(`${base}/feedback-reports`, {
      runId,
      vendorId: w.atlasId,
      language: 'fr',
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    report = drafted.body;
  }, 180_000);
  afterAll(async () => rt?.dispose());

  it("drafts the vendor's report from its own calls: six themes, figures, excerpts, questions", async () => {
    const atlasCalls = await rt.ctx.conn.db
      .selectFrom('transcript')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('vendorId', '=', w.atlasId)
      .executeTakeFirstOrThrow();
    const doc = report.document;
    expect(report.status).toBe('draft');
    expect(doc.calls).toBe(Number(atlasCalls.n));
    expect(doc.vendor.name).toBe('Atlas Relation Client');
    expect(doc.themes).toHaveLength(6);
    const findings = doc.themes.flatMap((t) => t.findings);
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(f.calls.n).toBe(doc.calls);
      expect(f.excerpts.length).toBeLessThanOrEqual(5);
      expect(f.questions.length).toBeGreaterThan(0);
      if (f.excerpts.length >= Math.min(2, f.calls.k)) continue;
      // fewer excerpts only for a practice of the whole call (NOT ...): its hits hold no words
      const one = await rt.ctx.conn.db
        .selectFrom('analysisCallResult')
        .select('resultJson')
        .where('runId', '=', runId)
        .where('vendorId', '=', w.atlasId)
        .where('ruleIds', 'like', `% ${f.practiceId} %`)
        .executeTakeFirstOrThrow();
      const hits = (JSON.parse(one.resultJson) as { hits: { ruleId: string; spans: unknown[] }[] }).hits;
      expect(hits.filter((h) => h.ruleId === f.practiceId).every((h) => h.spans.length === 0)).toBe(true);
    }
    expect(findings.filter((f) => f.excerpts.length >= 2).length).toBeGreaterThan(findings.length / 2);
    // every excerpt is from one of Atlas's calls
    const callIds = new Set(
      (
        await rt.ctx.conn.db.selectFrom('transcript').select('id').where('vendorId', '=', w.atlasId).execute()
      ).map((t) => t.id),
    );
    expect(findings.flatMap((f) => f.excerpts).every((e) => callIds.has(e.transcriptId))).toBe(true);
  });

  it('keeps a draft from the vendor, lets the analyst edit texts but not figures, then publishes it', async () => {
    expect((await atlasUser.get(`${base}/feedback-reports/${report.id}`)).status).toBe(404);
    expect((await atlasUser.get<{ items: Report[] }>(`${base}/feedback-reports`)).body.items).toEqual([]);
    const doc = structuredClone(report.document);
    const first = doc.themes.flatMap((t) => t.findings)[0];
    if (!first) throw new Error('no finding');
    first.comment = 'À voir ensemble en comité.';
    first.questions = [{ id: `${first.practiceId}.q1`, text: 'Quelle action proposez-vous ?' }];
    (first.calls as { k: number }).k = 0; // figures are not the analyst's to change
    const second = doc.themes.flatMap((t) => t.findings)[1];
    if (!second) throw new Error('no second finding');
    second.included = false;
    second.questions = [
      ...second.questions,
      { id: '', text: 'Nouvelle question A ?' },
      { id: '', text: 'Nouvelle question B ?' },
    ];
    const edited = await analyst.put<Report>(`${base}/feedback-reports/${report.id}`, {
      document: { ...doc, title: 'Retour qualité — octobre' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const saved = edited.body.document.themes
      .flatMap((t) => t.findings)
      .find((f) => f.practiceId === first.practiceId);
    expect(saved?.comment).toBe('À voir ensemble en comité.');
    expect(saved?.questions).toEqual([
      { id: `${first.practiceId}.q1`, text: 'Quelle action proposez-vous ?' },
    ]);
    expect(saved?.calls.k).toBe(report.document.themes.flatMap((t) => t.findings)[0]?.calls.k);
    expect(edited.body.document.title).toBe('Retour qualité — octobre');
    // new questions get ids of their own: answers point at them
    const ids = edited.body.document.themes.flatMap((t) =>
      t.findings.flatMap((f) => f.questions.map((q) => q.id)),
    );
    expect(new Set(ids).size).toBe(ids.length);
    // a second draft is deleted; a vendor user may not
    const other = await analyst.post<Report>(`${base}/feedback-reports`, { runId, vendorId: w.atlasId });
    expect((await atlasUser.request('DELETE', `${base}/feedback-reports/${other.body.id}`)).status).toBe(403);
    expect((await analyst.request('DELETE', `${base}/feedback-reports/${other.body.id}`)).status).toBe(204);
    expect((await analyst.get(`${base}/feedback-reports/${other.body.id}`)).status).toBe(404);
    expect((await atlasUser.post(`${base}/feedback-reports/${report.id}/publish`, {})).status).toBe(403);
    const published = await analyst.post<Report>(`${base}/feedback-reports/${report.id}/publish`, {});
    expect(published.body.status).toBe('published');
    expect((await analyst.put(`${base}/feedback-reports/${report.id}`, { document: doc })).status).toBe(409);
    expect((await analyst.request('DELETE', `${base}/feedback-reports/${report.id}`)).status).toBe(409);
    report = published.body;
  });

  it('lets the vendor read and answer its published report, never another vendor', async () => {
    const question = report.document.themes.flatMap((t) => t.findings).find((f) => f.questions.length > 0)
      ?.questions[0];
    if (!question) throw new Error('no question');
    const seen = await atlasUser.get<Report>(`${base}/feedback-reports/${report.id}`);
    expect(seen.status).toBe(200);
    // the findings the analyst left out never reach the vendor
    const left = report.document.themes.flatMap((t) => t.findings).filter((f) => !f.included);
    expect(left.length).toBe(1);
    const delivered = seen.body.document.themes.flatMap((t) => t.findings);
    expect(delivered.some((f) => f.practiceId === left[0]?.practiceId)).toBe(false);
    expect(delivered.every((f) => f.included)).toBe(true);
    const answered = await atlasUser.post(`${base}/feedback-reports/${report.id}/answers`, {
      questionId: question.id,
      text: 'Nous formons les conseillers à reformuler la demande.',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    const unknown = await atlasUser.post(`${base}/feedback-reports/${report.id}/answers`, {
      questionId: 'nope',
      text: 'x',
    });
    expect(unknown.status).toBe(422);
    const read = await analyst.get<Report>(`${base}/feedback-reports/${report.id}`);
    expect(read.body.answers).toMatchObject([
      {
        questionId: question.id,
        side: 'vendor',
        answeredBy: 'atlas@demo.vigie.local',
        text: 'Nous formons les conseillers à reformuler la demande.',
      },
    ]);
    for (const suffix of ['', '/export?format=pdf']) {
      expect((await armorUser.get(`${base}/feedback-reports/${report.id}${suffix}`)).status).toBe(404);
    }
    expect(
      (
        await armorUser.post(`${base}/feedback-reports/${report.id}/answers`, {
          questionId: question.id,
          text: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await armorUser.get<{ items: Report[] }>(`${base}/feedback-reports`)).body.items).toEqual([]);
  });

  it('exports a DOCX that LibreOffice opens and converts to PDF, holding the themes, figures and excerpts', async () => {
    const docx = await atlasUser.download(`${base}/feedback-reports/${report.id}/export?format=docx`);
    expect(docx.status).toBe(200);
    const file = path.join(dir, `report-${dialect}.docx`);
    fs.writeFileSync(file, docx.bytes);
    const pdf = fs.readFileSync(libreOffice(file, 'pdf', dir));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
    const text = fs.readFileSync(libreOffice(file, 'txt:Text (encoded):UTF8', dir), 'utf8');
    const doc = report.document;
    expect(text).toContain('Retour qualité — octobre');
    for (const theme of doc.themes.filter((t) => t.findings.some((f) => f.included)))
      expect(text).toContain(theme.label);
    const finding = doc.themes.flatMap((t) => t.findings).find((f) => f.included && f.excerpts.length > 0);
    if (!finding) throw new Error('no finding with excerpts');
    expect(text).toContain(`${finding.calls.k}/${finding.calls.n}`);
    expect(text).toContain(finding.excerpts[0]?.agentDoes.slice(0, 40));
  });

  it('exports a PDF whose French accents print, and Markdown; vigie report writes the same draft', async () => {
    const pdf = await atlasUser.download(`${base}/feedback-reports/${report.id}/export?format=pdf`);
    expect(pdf.status).toBe(200);
    const lines = pdfText(pdf.bytes).join('\n');
    expect(lines).toContain('Retour qualité — octobre');
    expect(lines).toMatch(/Qualité relationnelle|Conduite d’un entretien structuré|Maîtrise/i);
    const md = await analyst.get<string>(`${base}/feedback-reports/${report.id}/export?format=md`);
    expect(md.body).toContain('# Retour qualité — octobre');
    const out = path.join(dir, `cli-${dialect}.md`);
    const said = await runReport(
      { run: runId, vendor: 'Atlas Relation Client', format: 'md', lang: 'fr', out },
      async () => ({ ctx: rt.ctx, close: async () => undefined }),
    );
    expect(said).toContain(`${report.document.calls} calls`);
    const cli = fs.readFileSync(out, 'utf8');
    // the CLI's draft, before the analyst's edits: the same figures and excerpts
    const finding = report.document.themes.flatMap((t) => t.findings)[1];
    expect(cli).toContain(`${finding?.calls.k}/${finding?.calls.n}`);
    const error = await runReport({ run: runId, format: 'md', lang: 'fr' }, async () => ({
      ctx: rt.ctx,
      close: async () => undefined,
    })).catch((e: unknown) => e);
    expect(String(error)).toContain('the run covers every vendor: give --vendor');
  });
});
