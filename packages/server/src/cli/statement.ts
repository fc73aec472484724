import fs from 'node:fs';
import {
  type Actuals,
  type Contract,
  type ContractError,
  computeStatement,
  isIsoMonth,
  type Statement,
  validateActuals,
  validateContract,
} from '@vigie/core';
import { CliError } from './fail.ts';
import { statementTable } from './statement-output.ts';

export interface StatementCommandOptions {
  contract: string;
  month: string;
  actuals: string;
  format: 'json' | 'table';
}

/** A JSON file's content, or a CliError naming the file and what is wrong with it. */
function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(
      `--${what} ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`--${what} ${file}: not valid JSON (${(err as Error).message})`);
  }
}

/**
 * Every problem of a file, on stderr one per line (the CLI's error prints one line), then the
 * error that stops the command.
 */
function refuse(file: string, errors: readonly ContractError[]): never {
  for (const e of errors) process.stderr.write(`${file}: ${e.path || '(top level)'}: ${e.message}\n`);
  const first = errors[0];
  throw new CliError(
    `${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}${first ? `, first: ${first.path || '(top level)'}: ${first.message}` : ''}`,
  );
}

/**
 * The actuals of `month` and those of the months before it (for earn-back): the file holds one
 * month's actuals, or an array of months.
 */
function actualsOf(file: string, month: string): { current: Actuals; history: Actuals[] } {
  const raw = readJson(file, 'actuals');
  const entries = Array.isArray(raw) ? raw : [raw];
  const months: Actuals[] = entries.map((entry, k) => {
    const v = validateActuals(entry);
    if (!v.ok)
      refuse(
        file,
        v.errors.map((e) => ({
          ...e,
          path: Array.isArray(raw) ? `[${k}]${e.path ? `.${e.path}` : ''}` : e.path,
        })),
      );
    return v.value;
  });
  const current = months.find((a) => a.month === month);
  if (!current) {
    const known = months.map((a) => a.month).join(', ') || 'none';
    throw new CliError(`--actuals ${file}: no actuals for ${month} (months in the file: ${known})`);
  }
  return { current, history: months.filter((a) => a.month < month) };
}

/** `vigie statement` from files: the contract, the month's actuals; no database. */
export function runStatement(o: StatementCommandOptions): string {
  if (!isIsoMonth(o.month)) throw new CliError(`--month ${o.month}: must be a month written YYYY-MM`);
  const c = validateContract(readJson(o.contract, 'contract'));
  if (!c.ok) refuse(o.contract, c.errors);
  const contract: Contract = c.value;
  const { current, history } = actualsOf(o.actuals, o.month);
  const statement: Statement = computeStatement(contract, o.month, current, { history });
  return o.format === 'json' ? `${JSON.stringify(statement, null, 2)}\n` : statementTable(statement);
}
