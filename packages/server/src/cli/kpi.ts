import fs from 'node:fs';
import {
  computeKpisAsync,
  type Interaction,
  type InteractionProfile,
  type KpiOptionsInput,
  parseGroupKeys,
  SERVICE_LEVEL_VARIANTS,
} from '@vigie/core';
import { BUILTIN_PROFILES as PROFILES } from '../io/builtin-profiles.ts';
import { importInteractions, type RowIssue } from '../io/import-interactions.ts';
import type { CsvReadWarning } from '../io/read-csv-records.ts';
import { CliError } from './fail.ts';
import { toCsv, toTable } from './kpi-output.ts';

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

/**
 * Computes KPIs straight from files, no database: rows stream through the profile into the
 * engine. Any row the profile rejects stops the command (a figure computed on part of a file
 * would mislead); warnings are counted and the first ones shown on stderr.
 */
export async function runKpi(files: string[], o: KpiCommandOptions): Promise<string> {
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
  const warnings: string[] = [];
  let warningCount = 0;
  async function* all(): AsyncGenerator<Interaction> {
    for (const file of files) {
      const onIssue = (issue: RowIssue | CsvReadWarning) => {
        if ('severity' in issue && issue.severity === 'error')
          throw new CliError(`${file}: ${issue.message}`);
        warningCount++;
        if (warnings.length < 5) warnings.push(`${file}: ${issue.message}`);
      };
      for await (const { interaction } of importInteractions(file, profile, { onIssue })) yield interaction;
    }
  }
  const result = await computeKpisAsync(all(), { by, options });
  if (warningCount > 0) {
    process.stderr.write(
      `${warningCount} warning(s), rows kept; the first:\n${warnings.map((w) => `  ${w}`).join('\n')}\n`,
    );
  }
  if (o.format === 'csv') return toCsv(result);
  if (o.format === 'table') return toTable(result);
  return `${JSON.stringify(result, null, 2)}\n`;
}
