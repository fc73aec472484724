// Deterministic generator of Vigie CSV interaction files (docs/interactions-csv.md), streamed to
// disk: memory stays small whatever the row count; cachedInteractions() keeps generated files for
// the next run. Used by kpi-throughput.mjs, contact-records.mjs, statements.mjs; also runnable:
//   node bench/generate-interactions.mjs <out.csv> <rows> [--seed 42] [--no-customers] [--days 90]
//                                        [--vendors 4]

import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bump when the rows change, so cached files are regenerated. */
export const GENERATOR_VERSION = 2;

const HEADER =
  'id,channel,direction,activity,vendor,site,agent,customer_id,offered_at,answered_at,ended_at,' +
  'wait_seconds,talk_seconds,hold_seconds,wrap_up_seconds,disposition,offered,outcomes\n';

/** mulberry32: small, fast, seeded. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many vendors the built-in list has: the default, whose files stay as they always were. */
export const DEFAULT_VENDOR_COUNT = 4;
const VENDORS = [
  { name: 'Armor Contact', slug: 'armor', sites: ['Évry', 'Rennes', 'Brest'], share: 0.35 },
  { name: 'Atlas Services', slug: 'atlas', sites: ['Rabat', 'Casablanca'], share: 0.3 },
  { name: 'Nordic Care', slug: 'nordic', sites: ['Lille', 'Amiens'], share: 0.2 },
  { name: 'Sud Relation, SA', slug: 'sud', sites: ['Marseille'], share: 0.15 }, // quoted field
];
const ACTIVITIES = ['Service client', 'Réclamations', 'Facturation', 'Support technique', 'Ventes'];
const ACTIVITY_WEIGHTS = [0.4, 0.15, 0.2, 0.15, 0.1];
const FIRST = ['Lucie', 'Youssef', 'Camille', 'Nadia', 'Hugo', 'Inès', 'Karim', 'Léa', 'Marc', 'Sofia'];
const LAST = ['Martin', 'Amrani', 'Bernard', 'Dubois', 'Haddad', 'Moreau', 'Laurent', 'Petit', 'Roux'];
const AGENTS_PER_SITE = 60;
const START = Date.UTC(2025, 0, 1);

/**
 * `n` generated vendors instead of the built-in ones: "Vendor 01 SAS" ... with 1, 2 or 3 sites
 * each in turn ("Site 01-1", ...: site names are unique, the import finds a site by its name),
 * shares decreasing linearly (n, n - 1, ... 1, normalised). Exported for the benchmarks that
 * create these vendors and sites before importing.
 */
export function generatedVendors(n = DEFAULT_VENDOR_COUNT) {
  if (n === DEFAULT_VENDOR_COUNT) return VENDORS.map((v) => ({ ...v, sites: [...v.sites] }));
  if (!Number.isInteger(n) || n < 1) throw new Error(`vendors: ${n} is not a positive integer`);
  const width = Math.max(2, String(n).length);
  const total = (n * (n + 1)) / 2;
  return Array.from({ length: n }, (_, i) => {
    const num = String(i + 1).padStart(width, '0');
    return {
      name: `Vendor ${num} SAS`,
      slug: `v${num}`,
      sites: Array.from({ length: (i % 3) + 1 }, (_s, k) => `Site ${num}-${k + 1}`),
      share: (n - i) / total,
    };
  });
}

/** The activities the rows name (the same whatever the vendors). */
export const GENERATED_ACTIVITIES = [...ACTIVITIES];

function pick(weights, r) {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (r < acc) return i;
  }
  return weights.length - 1;
}

const p2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * Writes `rows` interactions, in chronological order over `days` days from 2025-01-01
 * (08:00–20:00; 90 days: to 2025-03-31), to `file`. Returns the byte size. `customers: false`
 * leaves every customer_id empty. `vendors`: how many vendors (see generatedVendors; the default
 * writes the 4 built-in ones, byte for byte as before). `tally`: an object to fill with what was
 * written, for checks: `{ rows, handled, vendors: { [name]: { rows, handled, months: { 'YYYY-MM':
 * { handled, handleSeconds } } } } }`, handled = answered, or transferred with an answer time,
 * by the month of `offered_at`; handleSeconds = talk + hold + wrap-up of those.
 */
export async function generateInteractions(
  file,
  rows,
  { seed = 42, customers = true, days = 90, vendors = DEFAULT_VENDOR_COUNT, tally = null } = {},
) {
  const vendorList = vendors === DEFAULT_VENDOR_COUNT ? VENDORS : generatedVendors(vendors);
  const rnd = prng(seed);
  // Box–Muller normal, for log-normal durations (right-skewed, like real waits and talks).
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const logNormal = (median, sigma) => Math.round(median * Math.exp(sigma * normal()));

  const sites = [];
  for (const v of vendorList) {
    for (const s of v.sites) {
      const agents = [];
      for (let a = 0; a < AGENTS_PER_SITE; a++) {
        agents.push(
          `${FIRST[Math.floor(rnd() * FIRST.length)]} ${LAST[Math.floor(rnd() * LAST.length)]} ${a}`,
        );
      }
      sites.push({ vendor: v, site: s, agents, share: v.share / v.sites.length });
    }
  }
  const siteWeights = sites.map((s) => s.share);
  const counters = new Map(vendorList.map((v) => [v.slug, 0]));
  // Customer pool: a third of the rows' count; 20 % of the pool makes ~60 % of the contacts.
  const pool = Math.max(1, Math.floor(rows / 3));
  const dayStr = Array.from({ length: days + 8 }, (_, d) =>
    new Date(START + d * 86400000).toISOString().slice(0, 10),
  );
  let vendorTally = null;
  if (tally) {
    tally.rows = 0;
    tally.handled = 0;
    tally.vendors = {};
    for (const v of vendorList) tally.vendors[v.name] = { rows: 0, handled: 0, months: {} };
    vendorTally = new Map(vendorList.map((v) => [v, tally.vendors[v.name]]));
  }
  const instant = (sec) => {
    const d = Math.floor(sec / 86400);
    let r = sec - d * 86400;
    const h = Math.floor(r / 3600);
    r -= h * 3600;
    const m = Math.floor(r / 60);
    return `${dayStr[d]}T${p2[h]}:${p2[m]}:${p2[r - m * 60]}`;
  };

  const out = fs.createWriteStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  let buf = HEADER;
  const perDay = rows / days;
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(i / perDay);
    const inDay = (i - day * perDay) / perDay; // 0..1, increasing: chronological file
    const offered = day * 86400 + 8 * 3600 + Math.floor(inDay * 12 * 3600);
    const s = sites[pick(siteWeights, rnd())];
    const slug = s.vendor.slug;
    const n = counters.get(slug) + 1;
    counters.set(slug, n);
    const activity = ACTIVITIES[pick(ACTIVITY_WEIGHTS, rnd())];
    const rc = rnd();
    const channel = rc < 0.85 ? 'phone' : rc < 0.93 ? 'email' : 'chat';
    const direction = rnd() < 0.95 ? 'inbound' : 'outbound';
    let customer = '';
    if (customers && rnd() < 0.9) {
      const rp = rnd();
      const c = rp < 0.6 ? Math.floor(rnd() * pool * 0.2) : Math.floor(pool * 0.2 + rnd() * pool * 0.8);
      customer = `C-${c}`;
    }
    const rd = rnd();
    let disposition;
    let wait = 0;
    let talk = 0;
    let hold = 0;
    let wrap = 0;
    let agent = '';
    let answeredAt = '';
    let ended;
    let outcomes = '';
    if (rd < 0.8 || (rd >= 0.98 && rd < 0.99)) {
      disposition = rd < 0.8 ? 'answered' : 'transferred';
      wait = channel === 'email' ? Math.min(3 * 86400, logNormal(3600, 1)) : logNormal(18, 1.1);
      talk = Math.max(10, logNormal(channel === 'email' ? 420 : 240, 0.7));
      hold = rnd() < 0.3 ? logNormal(40, 0.8) : 0;
      wrap = logNormal(30, 0.6);
      agent = s.agents[Math.floor(rnd() * s.agents.length)];
      answeredAt = instant(offered + wait);
      ended = instant(offered + wait + talk + hold);
      const ro = rnd();
      outcomes =
        ro < 0.6
          ? 'resolved'
          : ro < 0.7
            ? 'resolved;sale'
            : ro < 0.75
              ? 'appointment'
              : ro < 0.78
                ? '"complaint;resolved"'
                : '';
    } else if (rd < 0.92) {
      disposition = 'abandoned';
      wait = 5 + logNormal(55, 0.9);
      ended = instant(offered + wait);
    } else if (rd < 0.95) {
      disposition = 'short_abandoned';
      wait = Math.floor(rnd() * 5);
      ended = instant(offered + wait);
    } else if (rd < 0.98) {
      disposition = 'vru_only';
      ended = instant(offered + logNormal(40, 0.5));
    } else {
      disposition = 'callback';
      wait = logNormal(90, 0.8);
      ended = instant(offered + wait);
    }
    if (vendorTally) {
      const t = vendorTally.get(s.vendor);
      t.rows++;
      tally.rows++;
      if (answeredAt !== '') {
        t.handled++;
        tally.handled++;
        const month = dayStr[day].slice(0, 7);
        if (!t.months[month]) t.months[month] = { handled: 0, handleSeconds: 0 };
        const m = t.months[month];
        m.handled++;
        m.handleSeconds += talk + hold + wrap;
      }
    }
    const site = s.site;
    buf +=
      `${slug}-${n},${channel},${direction},${activity},${s.vendor.name.includes(',') ? `"${s.vendor.name}"` : s.vendor.name},` +
      `${site},${agent},${customer},${instant(offered)},${answeredAt},${ended},${wait},${talk},${hold},${wrap},` +
      `${disposition},,${outcomes}\n`;
    if (buf.length > 1 << 20) {
      bytes += Buffer.byteLength(buf);
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  bytes += Buffer.byteLength(buf);
  out.end(buf);
  await once(out, 'finish');
  return bytes;
}

/**
 * The cached file's name for these settings: `vigie-<rows>-s<seed>-g<version>.csv`, plus
 * `-d<days>` when not 90, `-nocust` without customer ids and `-v<vendors>` when not the 4
 * built-in vendors. kpi-throughput.mjs, contact-records.mjs and statements.mjs share the files.
 */
export function interactionsFileName(
  rows,
  { seed = 42, customers = true, days = 90, vendors = DEFAULT_VENDOR_COUNT } = {},
) {
  const span = days === 90 ? '' : `-d${days}`;
  const cust = customers ? '' : '-nocust';
  const v = vendors === DEFAULT_VENDOR_COUNT ? '' : `-v${vendors}`;
  return `vigie-${rows}-s${seed}-g${GENERATOR_VERSION}${span}${cust}${v}.csv`;
}

/**
 * `file` as generateInteractions writes it for these settings, generated only when its metadata
 * (`<file>.json`: the settings, the byte size, and with `withTally` the generator's tally) does
 * not match. Returns `{ file, meta, tally, generatedSeconds }`: generatedSeconds is null when
 * the file was reused, tally null without `withTally`.
 */
export async function cachedInteractions(
  file,
  rows,
  {
    seed = 42,
    customers = true,
    days = 90,
    vendors = DEFAULT_VENDOR_COUNT,
    withTally = false,
    log = console.error,
  } = {},
) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const meta = `${file}.json`;
  try {
    const m = JSON.parse(fs.readFileSync(meta, 'utf8'));
    if (
      m.rows === rows &&
      m.seed === seed &&
      m.version === GENERATOR_VERSION &&
      (m.days ?? 90) === days &&
      (m.vendors ?? DEFAULT_VENDOR_COUNT) === vendors &&
      (m.customers ?? true) === customers &&
      (!withTally || m.tally) &&
      fs.statSync(file).size === m.bytes
    ) {
      log(`reusing ${file}`);
      return { file, meta, tally: withTally ? m.tally : null, generatedSeconds: null };
    }
  } catch {
    // absent or stale: generate
  }
  const t0 = performance.now();
  const tally = withTally ? {} : null;
  const bytes = await generateInteractions(file, rows, { seed, customers, days, vendors, tally });
  fs.writeFileSync(
    meta,
    JSON.stringify({
      rows,
      seed,
      version: GENERATOR_VERSION,
      customers,
      days,
      vendors,
      bytes,
      ...(tally && { tally }),
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  log(`generated ${file}: ${(bytes / 2 ** 20).toFixed(0)} MiB in ${seconds.toFixed(1)} s`);
  return { file, meta, tally, generatedSeconds: Number(seconds.toFixed(1)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, rowsArg, ...rest] = process.argv.slice(2);
  if (!file || !rowsArg) {
    console.error(
      'usage: node bench/generate-interactions.mjs <out.csv> <rows> [--seed N] [--no-customers] [--days 90] [--vendors 4]',
    );
    process.exit(2);
  }
  const seedAt = rest.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(rest[seedAt + 1]) : 42;
  const daysAt = rest.indexOf('--days');
  const vendorsAt = rest.indexOf('--vendors');
  const bytes = await generateInteractions(file, Number(rowsArg), {
    seed,
    days: daysAt >= 0 ? Number(rest[daysAt + 1]) : 90,
    vendors: vendorsAt >= 0 ? Number(rest[vendorsAt + 1]) : DEFAULT_VENDOR_COUNT,
    customers: !rest.includes('--no-customers'),
  });
  console.log(`${file}: ${rowsArg} rows, ${bytes} bytes`);
}
