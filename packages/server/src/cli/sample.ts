import fs from 'node:fs';
import { drawSample, type PopulationCall, SamplingInputError, sampleSize } from '@vigie/core';
import { populationFingerprint } from '../app/sampling/sample-draws.ts';
import type { Population, StrataBy } from '../app/sampling/sample-plan-schema.ts';
import type { ServerContext } from '../context.ts';
import { RecordFormatError } from '../io/record-format-error.ts';
import { CliError } from './fail.ts';

export interface SampleOptions {
  population: string;
  workspace?: string;
  size?: string;
  margin?: string;
  confidence: string;
  strata?: string;
  strataMode: 'proportional' | 'equal';
  minPerStratum: string;
  seed?: string;
  out?: string;
}

type OpenContext = () => Promise<{ ctx: ServerContext; close: () => Promise<void> }>;

/**
 * `vigie sample`: draws a reproducible random sample of call ids from a population file (one id
 * per line, or a CSV with an id column and the strata columns) or from a workspace's stored calls
 * (`--workspace` and a query such as `vendor=Acme,from=2026-10-01`). Returns the ids, one per
 * line; what was drawn and how goes to `report` (stderr).
 */
export async function runSample(
  o: SampleOptions,
  openContext: OpenContext,
  report: (line: string) => void,
): Promise<string> {
  const seed = o.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : whole(o.seed, '--seed');
  const strata = o.strata ?? null;
  const population = await readPopulationOption(o, strata, openContext);
  if (population.length === 0) throw new CliError('the population is empty: no call to draw');
  try {
    const { size, how } = sizeFor(o, population.length);
    const drawn = drawSample(population, {
      size,
      strata: strata === null ? 'none' : o.strataMode,
      minPerStratum: whole(o.minPerStratum, '--min-per-stratum'),
      seed,
    });
    report(
      `Population: ${population.length} calls (sha256 ${populationFingerprint(population)}).\n` +
        `Size: ${drawn.ids.length} (${how}); seed ${seed}${o.seed === undefined ? ` (give --seed ${seed} to draw the same sample again)` : ''}.\n` +
        (strata === null
          ? ''
          : `Strata by ${strata} (${o.strataMode}): ${drawn.allocation.map((a) => `${a.stratum || '(none)'} ${a.drawn}/${a.population}`).join(', ')}.\n`),
    );
    const text = drawn.ids.map((id) => `${id}\n`).join('');
    if (o.out) {
      fs.writeFileSync(o.out, text);
      return '';
    }
    return text;
  } catch (err) {
    if (err instanceof SamplingInputError) throw new CliError(err.message);
    throw err;
  }
}

function sizeFor(o: SampleOptions, populationSize: number): { size: number; how: string } {
  if (o.size !== undefined && o.margin !== undefined) throw new CliError('give --size or --margin, not both');
  if (o.size !== undefined) return { size: whole(o.size, '--size'), how: 'given' };
  const margin = ratio(o.margin ?? '0.05', '--margin');
  const confidence = ratio(o.confidence, '--confidence');
  const r = sampleSize({ margin, confidence, population: populationSize });
  return {
    size: r.size,
    how: `±${round(margin * 100)} % at ${round(confidence * 100)} % confidence over ${populationSize} calls; ${r.infiniteSize} for an unlimited population`,
  };
}

async function readPopulationOption(
  o: SampleOptions,
  strata: string | null,
  openContext: OpenContext,
): Promise<PopulationCall[]> {
  if (o.workspace === undefined) {
    const { readPopulation } = await import('../io/read-population.ts');
    try {
      return await readPopulation(o.population, strata);
    } catch (err) {
      if (err instanceof RecordFormatError) throw new CliError(err.message);
      throw err;
    }
  }
  if (strata !== null && !['vendor', 'site', 'activity', 'agent'].includes(strata))
    throw new CliError(`--strata with --workspace: vendor, site, activity or agent, not "${strata}"`);
  const rt = await openContext();
  try {
    const { findWorkspace } = await import('../db/repositories/workspaces.ts');
    if (!(await findWorkspace(rt.ctx.conn.db, o.workspace)))
      throw new CliError(`no workspace with id ${o.workspace}`);
    const { resolvePopulationQuery } = await import('./sample-query.ts');
    const query = await resolvePopulationQuery(rt.ctx.conn.db, o.workspace, o.population);
    const { selectPopulation, stratumOf } = await import('../app/sampling/select-population.ts');
    const rows = await selectPopulation(rt.ctx.conn.db, o.workspace, query satisfies Population);
    return rows.map((r) => ({ id: r.callId, stratum: stratumOf(r, (strata ?? 'none') as StrataBy) }));
  } finally {
    await rt.close();
  }
}

function whole(text: string, option: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${option}: "${text}" is not a whole number`);
  return n;
}

function ratio(text: string, option: string): number {
  const n = Number(text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : text);
  if (!Number.isFinite(n) || n <= 0 || n >= 1)
    throw new CliError(`${option}: "${text}" is not a ratio between 0 and 1 (0.05 or 5%)`);
  return n;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
