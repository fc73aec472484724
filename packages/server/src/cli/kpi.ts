import fs from 'node:fs';
import {
  type GroupKey,
  type InteractionProfile,
  KpiEngine,
  type KpiOptionsInput,
  parseGroupKeys,
  SERVICE_LEVEL_VARIANTS,
  UnorderedInputError,
  vigieCsvProfile,
} from '@vigie/core';
import { BUILTIN_PROFILES as PROFILES } from '../io/builtin-profiles.ts';
import { importFormat, importInteractionBatches, type RowIssue } from '../io/import-interactions.ts';
import type { CsvReadWarning } from '../io/read-csv-records.ts';
import { VigieCsvKpiReader } from '../io/vigie-csv-kpi-reader.ts';
import { CliError } from './fail.ts';
import { csvLines, jsonLines, type KpiTable, tableLines } from './kpi-output.ts';

export interface KpiCommandOptions {
  profile: string;
  by: string;
  slThreshold: string;
  slVariant: string;
  shortAbandon: string;
  fcrDays: string;
  format: 'json' | 'csv' | 'table';
  /** how files of the `vigie` profile are read; default: VIGIE_KPI_READER, else `auto` */
  reader?: KpiReaderChoice;
}

/**
 * How files of the `vigie` profile are read: `auto` (the default) from their bytes by
 * {@link VigieCsvKpiReader}, falling back to the generic reader when it cannot vouch for a
 * file; `generic` always by the generic reader (the reference the byte reader is tested
 * against); `bytes` as auto but failing instead of falling back (for tests). Set by the
 * option `reader`, else the environment variable VIGIE_KPI_READER.
 */
export type KpiReaderChoice = 'auto' | 'generic' | 'bytes';

function readerChoice(option: KpiReaderChoice | undefined): KpiReaderChoice {
  const value = option ?? process.env.VIGIE_KPI_READER;
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if (value === 'generic' || value === 'bytes') return value;
  throw new CliError(`VIGIE_KPI_READER must be auto, generic or bytes, not "${value}"`);
}

function wholeSeconds(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new CliError(`${option} must be a whole number of seconds or days, not "${value}"`);
  return n;
}

interface KpiRun {
  table: KpiTable;
  warningCount: number;
  /** the first five */
  warnings: string[];
}

/**
 * One pass over the files. `timeOrdered`: files in time order (as exports are), so the engine
 * and the duplicate check forget what can no longer matter and memory stays flat; throws
 * UnorderedInputError when that does not hold. `bytes`: CSV files of the `vigie` profile are
 * read by {@link VigieCsvKpiReader} (which may throw {@link FastReadBail}).
 */
async function computeFromFiles(
  files: readonly string[],
  profile: InteractionProfile,
  by: readonly GroupKey[],
  options: KpiOptionsInput,
  timeOrdered: boolean,
  bytes: boolean,
): Promise<KpiRun> {
  const warnings: string[] = [];
  let warningCount = 0;
  const engine = new KpiEngine(by, options, { timeOrdered });
  const reader = bytes ? new VigieCsvKpiReader(engine, profile, timeOrdered) : null;
  for (const file of files) {
    const onIssue = (issue: RowIssue | CsvReadWarning) => {
      if ('severity' in issue && issue.severity === 'error') throw new CliError(`${file}: ${issue.message}`);
      warningCount++;
      if (warnings.length < 5) warnings.push(`${file}: ${issue.message}`);
    };
    if (reader !== null && importFormat(file, profile) === 'csv' && reader.readFile(file, onIssue)) continue;
    for await (const batch of importInteractionBatches(file, profile, { onIssue, timeOrdered })) {
      for (const { interaction } of batch) engine.add(interaction);
    }
  }
  return {
    table: { by, definitions: engine.definitions(), rows: engine.rowsInOrder() },
    warningCount,
    warnings,
  };
}

/**
 * One pass, by the byte reader when it applies: if it meets anything it leaves to the generic
 * reader (an error to report, input out of time order, or any failure of its own), the pass is
 * made again by the generic reader, which then fails or says so exactly as it always has.
 */
async function computeOnce(
  files: readonly string[],
  profile: InteractionProfile,
  by: readonly GroupKey[],
  options: KpiOptionsInput,
  timeOrdered: boolean,
  choice: KpiReaderChoice,
): Promise<KpiRun> {
  if (choice !== 'generic' && profile === vigieCsvProfile) {
    try {
      return await computeFromFiles(files, profile, by, options, timeOrdered, true);
    } catch (err) {
      if (choice === 'bytes') throw err;
      if (process.env.VIGIE_DEBUG) process.stderr.write(`byte reader: ${String(err)}; reading again\n`);
    }
  }
  return computeFromFiles(files, profile, by, options, timeOrdered, false);
}

/**
 * Computes KPIs straight from files, no database: rows stream through the profile into the
 * engine. Any row the profile rejects stops the command (a figure computed on part of a file
 * would mislead); warnings are counted and the first ones shown on stderr. Returns the output
 * as pieces of text, produced as they are written (a table of millions of groups would not fit
 * in one string).
 */
export async function runKpi(files: string[], o: KpiCommandOptions): Promise<Iterable<string>> {
  const found = PROFILES[o.profile];
  if (!found)
    throw new CliError(`unknown profile "${o.profile}"; known: ${Object.keys(PROFILES).join(', ')}`);
  const profile: InteractionProfile = found;
  for (const file of files) {
    if (!fs.existsSync(file)) throw new CliError(`${file}: no such file`);
    if (!fs.statSync(file).isFile()) throw new CliError(`${file}: not a file`);
  }
  const by = (() => {
    try {
      return parseGroupKeys(o.by);
    } catch (err) {
      throw new CliError(`--by: ${err instanceof Error ? err.message : String(err)}`);
    }
  })();
  if (!(SERVICE_LEVEL_VARIANTS as readonly string[]).includes(o.slVariant)) {
    throw new CliError(
      `--sl-variant must be one of ${SERVICE_LEVEL_VARIANTS.join(', ')}, not "${o.slVariant}"`,
    );
  }
  const options: KpiOptionsInput = {
    serviceLevelThresholdSeconds: wholeSeconds(o.slThreshold, '--sl-threshold'),
    serviceLevelVariant: o.slVariant as KpiOptionsInput['serviceLevelVariant'],
    shortAbandonSeconds: wholeSeconds(o.shortAbandon, '--short-abandon'),
    fcrWindowDays: wholeSeconds(o.fcrDays, '--fcr-days'),
  };
  const choice = readerChoice(o.reader);
  let run: KpiRun;
  try {
    run = await computeOnce(files, profile, by, options, true, choice);
  } catch (err) {
    if (!(err instanceof UnorderedInputError)) throw err;
    process.stderr.write(
      `The contacts are not in time order (${err.message}); computing again, holding every contact until the end.\n`,
    );
    run = await computeOnce(files, profile, by, options, false, choice);
  }
  if (run.warningCount > 0) {
    process.stderr.write(
      `${run.warningCount} warning(s), rows kept; the first:\n${run.warnings.map((w) => `  ${w}`).join('\n')}\n`,
    );
  }
  if (o.format === 'csv') return csvLines(run.table);
  if (o.format === 'table') return tableLines(run.table);
  return jsonLines(run.table);
}
