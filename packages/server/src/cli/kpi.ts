import fs from 'node:fs';
import {
  type GroupKey,
  type InteractionProfile,
  KpiEngine,
  type KpiOptionsInput,
  parseGroupKeys,
  SERVICE_LEVEL_VARIANTS,
  UnorderedInputError,
} from '@vigie/core';
import { BUILTIN_PROFILES as PROFILES } from '../io/builtin-profiles.ts';
import { importInteractionBatches, type RowIssue } from '../io/import-interactions.ts';
import type { CsvReadWarning } from '../io/read-csv-records.ts';
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
 * UnorderedInputError when that does not hold.
 */
async function computeFromFiles(
  files: readonly string[],
  profile: InteractionProfile,
  by: readonly GroupKey[],
  options: KpiOptionsInput,
  timeOrdered: boolean,
): Promise<KpiRun> {
  const warnings: string[] = [];
  let warningCount = 0;
  const engine = new KpiEngine(by, options, { timeOrdered });
  for (const file of files) {
    const onIssue = (issue: RowIssue | CsvReadWarning) => {
      if ('severity' in issue && issue.severity === 'error') throw new CliError(`${file}: ${issue.message}`);
      warningCount++;
      if (warnings.length < 5) warnings.push(`${file}: ${issue.message}`);
    };
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
  let run: KpiRun;
  try {
    run = await computeFromFiles(files, profile, by, options, true);
  } catch (err) {
    if (!(err instanceof UnorderedInputError)) throw err;
    process.stderr.write(
      `The contacts are not in time order (${err.message}); computing again, holding every contact until the end.\n`,
    );
    run = await computeFromFiles(files, profile, by, options, false);
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
