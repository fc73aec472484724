import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/vigie.mjs');
const HARPER = path.resolve(import.meta.dirname, 'fixtures/harper-valley/transcript');
const SAMPLES = path.resolve(import.meta.dirname, 'fixtures/transcripts');

function vigie(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Segment {
  speaker_role: string;
  human_transcript: string;
  start_timestamp_ms: number;
}

/**
 * Counts straight from the Gridspace files with plain regular expressions on the reference text,
 * without Vigie's rule engine: calls where the agent offers further help, calls where the agent
 * names the bank in the first 20 seconds, calls where the caller thanks warmly.
 */
function independentCounts() {
  const counts = { furtherHelp: 0, greeting: 0, warmThanks: 0 };
  for (const file of fs.readdirSync(HARPER)) {
    const segments = JSON.parse(fs.readFileSync(path.join(HARPER, file), 'utf8')) as Segment[];
    const t0 = Math.min(...segments.map((s) => s.start_timestamp_ms));
    const text = (s: Segment) => s.human_transcript.toLowerCase().replace(/[^a-z' ]/g, ' ');
    const agent = segments.filter((s) => s.speaker_role === 'agent');
    const caller = segments.filter((s) => s.speaker_role === 'caller');
    if (
      agent.some((s) =>
        /anything else|any other (question|concern)s?\b|(something|what) else can i/.test(text(s)),
      )
    )
      counts.furtherHelp++;
    if (
      agent.some(
        (s) =>
          s.start_timestamp_ms - t0 < 20_000 &&
          /\b(harper|happy|harbor|harbour|upper) valley (national )?bank|\bthanks? (you )?for calling|welcome to|you have reached/.test(
            text(s),
          ),
      )
    )
      counts.greeting++;
    if (
      caller.some((s) =>
        /thank(s| you) (so|very) much|thanks a lot|appreciate (it|that|your|you)/.test(text(s)),
      )
    )
      counts.warmThanks++;
  }
  return counts;
}

describe('vigie analyze', () => {
  it('analyses the Harper Valley calls with the English library, counts agreeing with plain regexes', () => {
    const callsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-analyze-')), 'calls.jsonl');
    const r = vigie([
      'analyze',
      HARPER,
      '--library',
      'en',
      '--format',
      'gridspace',
      '--out',
      'json',
      '--calls',
      callsFile,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ vigie: 'analysis', version: 1, files: 10, calls: 10, problems: [] });
    const all = doc.groups.find((g: { dimension: string }) => g.dimension === 'all');
    const practice = (id: string) => all.practices.find((p: { practiceId: string }) => p.practiceId === id);
    const want = independentCounts();
    expect(want).toEqual({ furtherHelp: 10, greeting: 9, warmThanks: 3 }); // so each count is tested on real hits
    expect(practice('offers_further_help').calls).toMatchObject({ k: want.furtherHelp, n: 10 });
    expect(practice('greeting_company').calls).toMatchObject({ k: want.greeting, n: 10 });
    const thanks = all.reactions.find((x: { reactionId: string }) => x.reactionId === 'thanks');
    expect(thanks.calls).toMatchObject({ k: want.warmThanks, n: 10 });

    const calls = fs
      .readFileSync(callsFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(calls).toHaveLength(10);
    const withHelp = calls.filter((c) =>
      c.hits.some((h: { ruleId: string }) => h.ruleId === 'offers_further_help'),
    );
    expect(withHelp).toHaveLength(want.furtherHelp);
    for (const c of withHelp)
      for (const h of c.hits.filter((x: { ruleId: string }) => x.ruleId === 'offers_further_help'))
        expect(h.spans[0].text.toLowerCase()).toMatch(/else|other/);
  });

  it('prints terminal tables and Markdown in the language asked', () => {
    const table = vigie(['analyze', HARPER, '--library', 'en', '--format', 'gridspace', '--lang', 'fr']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('10 appels (10 fichiers) analysés');
    expect(table.stdout).toContain("Conduite d'un entretien structuré");
    const md = vigie(['analyze', HARPER, '--library', 'en', '--format', 'gridspace', '--out', 'md']);
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toContain('| Practice | Calls | Share |');
  });

  it('lists unreadable transcripts with their file and line, analyses the others, and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-analyze-bad-'));
    fs.copyFileSync(path.join(SAMPLES, 'appel-facture-horodate.txt'), path.join(dir, 'a-bon.txt'));
    fs.copyFileSync(path.join(SAMPLES, 'inconnu.txt'), path.join(dir, 'b-inconnu.txt'));
    fs.copyFileSync(path.join(SAMPLES, 'windows-1252.txt'), path.join(dir, 'c-windows.txt'));
    fs.writeFileSync(path.join(dir, 'd-corpus.jsonl'), '{"callId":"x","language":"fr","turns":[]}\n');
    const r = vigie(['analyze', dir, '--library', 'en', '--out', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 transcript(s) could not be read');
    expect(r.stderr).toContain('b-inconnu.txt, line 3');
    expect(r.stderr).toContain('c-windows.txt');
    expect(r.stderr).toContain('d-corpus.jsonl, line 1');
    const doc = JSON.parse(r.stdout);
    expect(doc.calls).toBe(1);
    expect(doc.problems.map((p: { code: string }) => p.code)).toEqual([
      'unknown_speaker',
      'not_utf8',
      'empty_call',
    ]);
  });

  it('refuses a library with a broken rule, naming the rule and the position', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-lib-')), 'lib.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        id: 'mine',
        language: 'fr',
        name: { fr: 'Ma bibliothèque', en: 'Mine' },
        rules: [
          {
            id: 'hold',
            kind: 'reaction',
            label: { fr: 'a', en: 'a' },
            rule: 'agent:"je vous mets en attente',
          },
        ],
      }),
    );
    const r = vigie(['analyze', HARPER, '--library', file, '--format', 'gridspace']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--library: ${file}: rule hold 1:7 unclosed_phrase`);
    expect(r.stdout).toBe('');
  });

  it('refuses inputs that do not exist', () => {
    const r = vigie(['analyze', '/nonexistent/calls']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/calls: no such file or folder');
  });
});
