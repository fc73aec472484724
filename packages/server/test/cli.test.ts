import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/vigie.mjs');

function vigie(args: string[], env: Record<string, string> = {}) {
  const dataDir = env.VIGIE_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cli-'));
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', VIGIE_DATA_DIR: dataDir, VIGIE_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, dataDir };
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
  });
});
