// The Vigie side of the benchmarks' setup: the demo accounts, sign-in and API calls, the
// generator's vendors, sites and activities in the demo workspace, and throwaway data dirs and
// PostgreSQL databases holding that workspace (removed at the end, or kept for a later --reuse).
// Plain Node ESM.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPgDatabase, dropPgDatabase, freePort, startServer, stopServer } from './lib.mjs';

const DEMO_PASSWORD = 'vigie-demo-2026';
export const DEMO_ADMIN = { email: 'admin@demo.vigie.local', password: DEMO_PASSWORD };
export const DEMO_MANAGER = { email: 'manager@demo.vigie.local', password: DEMO_PASSWORD };
export const DEMO_FINANCE = { email: 'finance@demo.vigie.local', password: DEMO_PASSWORD };

// ---------------------------------------------------------------- HTTP
/** Signs `who` in; returns the session cookie and the first workspace of its memberships. */
export async function signIn(baseUrl, who) {
  // Node's fetch sends `Sec-Fetch-Mode: cors`, on which better-auth insists on a trusted
  // Origin; the server's own origin is what the web app sends.
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(who),
  });
  const body = await res.text();
  if (res.status !== 200)
    throw new Error(`sign-in of ${who.email} answered ${res.status}: ${body.slice(0, 300)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`sign-in of ${who.email} set no cookie`);
  const me = await fetch(`${baseUrl}/api/me`, { headers: { cookie } });
  const meBody = await me.json();
  const workspaceId = meBody?.memberships?.[0]?.workspaceId;
  if (me.status !== 200 || !workspaceId)
    throw new Error(`/api/me answered ${me.status}: ${JSON.stringify(meBody).slice(0, 300)}`);
  return { cookie, workspaceId };
}

/** One API call with the session cookie; the parsed JSON answer, or throws on a status >= 300. */
export async function api(baseUrl, cookie, method, p, body) {
  const res = await fetch(`${baseUrl}${p}`, {
    method,
    headers: { cookie, origin: baseUrl, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${p} answered ${res.status}: ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

// ---------------------------------------------------------------- workspace entities
/**
 * Creates in workspace `ws` the vendors (`{ name, sites, country?, shore? }`, sites in FR,
 * onshore unless said), sites and activities a generated file names, those not there yet.
 * The import finds a site by its name alone, so a demo site that has the name of a generated
 * site under another vendor (Lille, Rabat, Casablanca) is renamed "<name> (démo)" first.
 * Returns the vendor ids by name, the activity ids in the order given, and what it did.
 */
export async function createEntities(baseUrl, cookie, ws, { vendors, activities }) {
  const base = `/api/workspaces/${ws}`;
  const created = { vendors: 0, sites: 0, activities: 0, renamedDemoSites: [] };
  const existingVendors = (await api(baseUrl, cookie, 'GET', `${base}/vendors`)).items;
  const vendorIds = {};
  for (const v of vendors) {
    const found = existingVendors.find((x) => x.name.toLowerCase() === v.name.toLowerCase());
    if (found) vendorIds[v.name] = found.id;
    else {
      const r = await api(baseUrl, cookie, 'POST', `${base}/vendors`, {
        name: v.name,
        legalEntity: v.name,
        status: 'active',
        contacts: [],
      });
      vendorIds[v.name] = r.id;
      created.vendors++;
    }
  }
  const sites = (await api(baseUrl, cookie, 'GET', `${base}/sites`)).items;
  for (const v of vendors) {
    for (const name of v.sites) {
      const same = sites.filter((s) => s.name.toLowerCase() === name.toLowerCase());
      if (same.some((s) => s.vendorId === vendorIds[v.name])) continue;
      for (const s of same) {
        const { id, workspaceId: _w, createdAt: _c, updatedAt: _u, ...input } = s;
        await api(baseUrl, cookie, 'PUT', `${base}/sites/${id}`, { ...input, name: `${s.name} (démo)` });
        created.renamedDemoSites.push(s.name);
      }
      await api(baseUrl, cookie, 'POST', `${base}/sites`, {
        vendorId: vendorIds[v.name],
        name,
        city: name,
        country: v.country ?? 'FR',
        shore: v.shore ?? 'onshore',
        languages: ['fr'],
        seats: 60,
      });
      created.sites++;
    }
  }
  const existingActivities = (await api(baseUrl, cookie, 'GET', `${base}/activities`)).items;
  const activityIds = [];
  for (const name of activities) {
    const found = existingActivities.find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (found) activityIds.push(found.id);
    else {
      const r = await api(baseUrl, cookie, 'POST', `${base}/activities`, {
        name,
        channel: 'phone',
        direction: 'inbound',
        languages: ['fr'],
      });
      activityIds.push(r.id);
      created.activities++;
    }
  }
  return { vendorIds, activityIds, created };
}

// ---------------------------------------------------------------- data dirs and databases
/** The environment of a `vigie` CLI command on a benchmark's data dir (and database). */
export function cliEnv(dataDir, databaseUrl) {
  const env = { ...process.env, VIGIE_DATA_DIR: dataDir, VIGIE_LOG_LEVEL: 'warn', VIGIE_DEMO_DAYS: '0' };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

/**
 * A benchmark's databases: `{ dialect, dataDir, dbName?, databaseUrl?, workspaceId, vendorIds,
 * activityIds }`, a fresh data dir under `$TMPDIR/<dirPrefix><dialect>-` (and, for PostgreSQL, a
 * fresh vigie_bench_* database), VIGIE_DEMO_DAYS=0, with the demo workspace and the generator's
 * `vendors` and `activities` (see createEntities). Their removal goes on the script's cleanup
 * stack (`defer`, `undefer`).
 */
export function benchDatabases({ pgAdminUrl, dirPrefix, log, defer, undefer, vendors, activities }) {
  /** `vigie serve` on the database, on `port`; the caller stops it. */
  async function serveDatabase(db, port, nodeArgs = []) {
    return startServer({
      port,
      dataDir: db.dataDir,
      databaseUrl: db.databaseUrl,
      extraEnv: { VIGIE_DEMO_DAYS: '0' },
      nodeArgs,
    });
  }

  /** Runs `fn(server)` with `vigie serve` on the database, stopped afterwards. */
  async function withServer(db, fn) {
    const server = await serveDatabase(db, await freePort());
    const stop = defer(() => stopServer(server.child));
    try {
      return await fn(server);
    } finally {
      await stopServer(server.child);
      undefer(stop);
    }
  }

  /** A fresh data dir (and database), the demo workspace, the generator's entities. */
  async function prepareDatabase(dialect, label = dialect) {
    const db = { dialect };
    db.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${dirPrefix}${dialect}-`));
    db.removeDir = defer(() => fs.rmSync(db.dataDir, { recursive: true, force: true }));
    if (dialect === 'postgres') {
      db.dbName = `vigie_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
      db.databaseUrl = await createPgDatabase(pgAdminUrl, db.dbName);
      db.dropDb = defer(() => dropPgDatabase(pgAdminUrl, db.dbName));
      log(`${label}: created database ${db.dbName}`);
    }
    // the server creates the demo workspace on its first start
    await withServer(db, async (server) => {
      const { cookie, workspaceId } = await signIn(server.baseUrl, DEMO_ADMIN);
      db.workspaceId = workspaceId;
      const { vendorIds, activityIds, created } = await createEntities(server.baseUrl, cookie, workspaceId, {
        vendors,
        activities,
      });
      db.vendorIds = vendorIds;
      db.activityIds = activityIds;
      log(`${label}: workspace ${workspaceId}, created ${JSON.stringify(created)}`);
    });
    return db;
  }

  async function releaseDatabase(db) {
    if (db.dropDb) {
      undefer(db.dropDb);
      await db.dropDb();
    }
    undefer(db.removeDir);
    db.removeDir();
  }

  /** The database a run with --keep left (its state in `stateFile`), if it is still there; else null. */
  function reuseDatabase(stateFile) {
    try {
      const db = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
      if (fs.existsSync(db.dataDir)) {
        db.removeDir = defer(() => fs.rmSync(db.dataDir, { recursive: true, force: true }));
        if (db.dbName) db.dropDb = defer(() => dropPgDatabase(pgAdminUrl, db.dbName));
        log(`${db.dialect}: reusing ${db.dataDir}${db.dbName ? ` and ${db.dbName}` : ''}`);
        return db;
      }
    } catch {
      // nothing to reuse
    }
    return null;
  }

  /**
   * At the end of a run: with `keep`, leaves the database and writes its state (plus `extra`) to
   * `stateFile` for a later --reuse; else removes it, and the state a previous --keep wrote.
   */
  async function settleDatabase(db, { keep, stateFile, extra = {} }) {
    if (!db) return;
    if (keep) {
      undefer(db.removeDir);
      if (db.dropDb) undefer(db.dropDb);
      const { removeDir: _r, dropDb: _d, ...state } = db;
      fs.writeFileSync(stateFile, JSON.stringify({ ...state, ...extra }));
      log(
        `${db.dialect}: kept ${db.dataDir}${db.dbName ? ` and ${db.dbName}` : ''} (use --reuse; a run without --keep removes them)`,
      );
    } else {
      await releaseDatabase(db);
      fs.rmSync(stateFile, { force: true });
    }
  }

  async function databaseBytes(db) {
    if (db.dialect === 'sqlite') {
      return fs
        .readdirSync(db.dataDir)
        .filter((f) => f.startsWith('vigie.sqlite'))
        .reduce((s, f) => s + fs.statSync(path.join(db.dataDir, f)).size, 0);
    }
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: pgAdminUrl });
    await c.connect();
    try {
      return Number((await c.query('select pg_database_size($1) as n', [db.dbName])).rows[0].n);
    } finally {
      await c.end();
    }
  }

  /** Rows in each of `tables` (null for a table not in this schema). */
  async function tableCounts(db, tables) {
    const out = {};
    if (db.dialect === 'sqlite') {
      const { default: Database } = await import('better-sqlite3');
      const s = new Database(path.join(db.dataDir, 'vigie.sqlite'), { readonly: true });
      try {
        for (const t of tables) {
          try {
            out[t] = s.prepare(`select count(*) as n from ${t}`).get().n;
          } catch {
            out[t] = null; // not in this schema
          }
        }
      } finally {
        s.close();
      }
      return out;
    }
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: db.databaseUrl });
    await c.connect();
    try {
      for (const t of tables) {
        try {
          out[t] = Number((await c.query(`select count(*) as n from ${t}`)).rows[0].n);
        } catch {
          out[t] = null; // not in this schema
        }
      }
    } finally {
      await c.end();
    }
    return out;
  }

  return {
    serveDatabase,
    withServer,
    prepareDatabase,
    releaseDatabase,
    reuseDatabase,
    settleDatabase,
    databaseBytes,
    tableCounts,
  };
}
