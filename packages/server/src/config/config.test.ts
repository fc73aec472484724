import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to port 3000 and an SQLite file under ./data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ kind: 'sqlite', file: expect.stringMatching(/data[/\\]vigie\.sqlite$/) });
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('switches to PostgreSQL on a postgres:// URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
  });

  it('names every wrong variable in one message', () => {
    const attempt = () =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://root@localhost/vigie', VIGIE_SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT must be a number/);
    expect(attempt).toThrow(/DATABASE_URL must start with postgres:\/\//);
    expect(attempt).toThrow(/VIGIE_SECRET must be at least 32 characters/);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 1 and 65535/);
  });
});
