import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/vigie.mjs');

function vigie(args: string[], env: Record<string, string> = {}) {
  const dataDir = env.VIGIE_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cli-'));
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      VIGIE_DATA_DIR: dataDir,
      VIGIE_LOG_LEVEL: 'silent',
      // a week of demo contacts: the CLI is what is tested here, not the six months
      VIGIE_DEMO_DAYS: '7',
      ...env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, dataDir };
}

/** The demo workspace's id, read from its SQLite file. */
function workspaceIdOf(dataDir: string): string {
  const db = new Database(path.join(dataDir, 'vigie.sqlite'), { readonly: true });
  try {
    return (db.prepare('select id from workspace').get() as { id: string }).id;
  } finally {
    db.close();
  }
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

describe('vigie CLI', () => {
  it('prints help for every command', () => {
    for (const args of [
      ['--help'],
      ['serve', '--help'],
      ['migrate', '--help'],
      ['demo', '--help'],
      ['user', 'create', '--help'],
      ['user', 'reset-password', '--help'],
    ]) {
      const r = vigie(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: vigie');
    }
  });

  it('stops at start with one clear line on a wrong DATABASE_URL', () => {
    const wrongScheme = vigie(['serve'], { DATABASE_URL: 'mysql://root@localhost/vigie' });
    expect(wrongScheme.code).toBe(1);
    expect(lines(wrongScheme.stderr)).toEqual([
      'vigie: Invalid configuration: DATABASE_URL must start with postgres:// or postgresql:// (or sqlite:<file>)',
    ]);
    const unreachable = vigie(['serve'], { DATABASE_URL: 'postgres://vigie:secret@127.0.0.1:1/vigie' });
    expect(unreachable.code).toBe(1);
    const out = lines(unreachable.stderr);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^vigie: Cannot connect to PostgreSQL at postgres:\/\/vigie:\*\*\*@127\.0\.0\.1:1\/vigie: /,
    );
    expect(out[0]).not.toContain('secret');
  });

  it('migrates, then says the database is up to date', () => {
    const first = vigie(['migrate']);
    expect(first.stdout).toContain('Applied: 20261123T1530-foundation');
    const again = vigie(['migrate'], { VIGIE_DATA_DIR: first.dataDir });
    expect(again.stdout).toContain('Database is up to date.');
  });

  it('imports contact records into a workspace, idempotently, and refuses a bad file whole', () => {
    const demo = vigie(['demo']);
    const env = { VIGIE_DATA_DIR: demo.dataDir };
    const ws = /\/w\/([\w-]+)/.exec(demo.stdout)?.[1] ?? workspaceIdOf(demo.dataDir);
    const bank = path.join(import.meta.dirname, 'fixtures/anonymous-bank/calls_first_3_days.csv');
    const args = ['import', 'interactions', bank, '--workspace', ws, '--profile', 'anonymous-bank'];
    const target = ['--vendor', 'atlas relation client', '--activity', 'Service client — téléphone'];
    const first = vigie([...args, ...target], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /completed in [\d.]+ s: 7083 valid rows, 7083 stored, 0 already stored, 0 rejected/,
    );
    const again = vigie([...args, ...target], env);
    expect(again.stdout).toMatch(/7083 valid rows, 0 stored, 7083 already stored/);
    const noVendor = vigie(args, env);
    expect(noVendor.code).toBe(1);
    expect(noVendor.stderr).toContain('Line 2: no vendor on the row and no default vendor chosen.');
    expect(lines(noVendor.stderr).at(-1)).toMatch(/^vigie: Nothing was stored \(all-or-nothing/);
    const unknownVendor = vigie([...args, '--vendor', 'Nobody'], env);
    expect(lines(unknownVendor.stderr)[0]).toMatch(
      /^vigie: --vendor: no vendor "Nobody" in this workspace \(known: Armor Contact/,
    );
  }, 120_000);

  it('creates the demo, resets it to the same ids, and manages users', () => {
    const demo = vigie(['demo']);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('admin@demo.vigie.local');
    const env = { VIGIE_DATA_DIR: demo.dataDir };
    expect(vigie(['demo'], env).stdout).toBe(demo.stdout);
    const db = path.join(demo.dataDir, 'vigie.sqlite');
    expect(fs.existsSync(db)).toBe(true);

    const badRole = vigie(
      [
        'user',
        'create',
        '--email',
        'x@y.fr',
        '--workspace',
        'w',
        '--role',
        'king',
        '--password',
        'long-enough-pw',
      ],
      env,
    );
    expect(badRole.code).toBe(1);
    expect(lines(badRole.stderr)[0]).toMatch(/^vigie: option '--role <role>' argument 'king' is invalid/);
    const noWs = vigie(
      [
        'user',
        'create',
        '--email',
        'x@y.fr',
        '--workspace',
        'nope',
        '--role',
        'viewer',
        '--password',
        'long-enough-pw',
      ],
      env,
    );
    expect(noWs.code).toBe(1);
    expect(lines(noWs.stderr)).toEqual(['vigie: no workspace with id nope']);
    const unknown = vigie(
      ['user', 'reset-password', '--email', 'ghost@nowhere.fr', '--password', 'long-enough-pw'],
      env,
    );
    expect(lines(unknown.stderr)).toEqual(['vigie: no user with e-mail ghost@nowhere.fr']);
    const reset = vigie(
      ['user', 'reset-password', '--email', 'viewer@demo.vigie.local', '--password', 'short'],
      env,
    );
    expect(reset.code).toBe(1);
    expect(lines(reset.stderr)).toEqual(['vigie: The password must have at least 10 characters']);
  }, 120_000);
});
