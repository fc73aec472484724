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
import { contractStatements } from '../app/contracts/contract-statements.ts';
import type { ServerContext } from '../context.ts';
import { contractDocuments } from '../db/repositories/contracts.ts';
import { CliError } from './fail.ts';
import { statementTable } from './statement-output.ts';

export interface StatementCommandOptions {
  /** a contract file; without it, the vendor's contract stored in the workspace */
  contract?: string;
  /** which stored contract, when the vendor has several covering the month */
  contractId?: string;
  month: string;
  /** a file of actuals, or else `workspace` and `vendor`: the month's actuals from the database */
  actuals?: string;
  workspace?: string;
  vendor?: string;
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

/** The vendor's id, from an id or a name (case-insensitive) of the workspace's vendors. */
async function vendorId(ctx: ServerContext, workspaceId: string, value: string): Promise<string> {
  const vendors = await ctx.conn.db
    .selectFrom('vendor')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const found =
    vendors.find((v) => v.id === value) ?? vendors.find((v) => v.name.toLowerCase() === value.toLowerCase());
  if (!found)
    throw new CliError(
      `--vendor: no vendor "${value}" in workspace ${workspaceId} (known: ${vendors.map((v) => v.name).join(', ') || 'none'})`,
    );
  return found.id;
}

/**
 * The vendor's stored contract covering the month: the one named by `--contract-id`, or the only
 * one; a CliError lists them when there are none or several.
 */
async function storedContract(
  ctx: ServerContext,
  workspaceId: string,
  vendorId: string,
  month: string,
  contractId: string | undefined,
): Promise<Contract> {
  const scope = { workspaceId, vendorId };
  const all = await contractDocuments(ctx.conn.db, scope);
  const first = `${month}-01`;
  const last = `${month}-31`;
  const covering = all.filter((c) => c.start <= last && (c.end === null || c.end >= first));
  const names = (list: Contract[]) =>
    list.map((c) => `${c.id} (${c.name ?? 'no name'})`).join(', ') || 'none';
  if (contractId !== undefined) {
    const found = all.find((c) => c.id === contractId || c.name === contractId);
    if (!found)
      throw new CliError(
        `--contract-id ${contractId}: not a contract of this vendor (its contracts: ${names(all)})`,
      );
    return found;
  }
  const [only, ...others] = covering;
  if (!only)
    throw new CliError(`no stored contract of this vendor covers ${month} (its contracts: ${names(all)})`);
  if (others.length > 0)
    throw new CliError(
      `several stored contracts cover ${month}: choose one with --contract-id (${names(covering)})`,
    );
  return only;
}

/**
 * `vigie statement`: the contract from its file, or else the vendor's contract stored in the
 * workspace; the month's actuals from their file, or from the vendor's stored contacts and
 * monthly inputs (`--workspace`, `--vendor`), which the output then lists with their sources.
 */
export async function runStatement(
  o: StatementCommandOptions,
  openContext?: () => Promise<{ ctx: ServerContext; close: () => Promise<void> }>,
): Promise<string> {
  if (!isIsoMonth(o.month)) throw new CliError(`--month ${o.month}: must be a month written YYYY-MM`);
  const fromDatabase = o.workspace !== undefined || o.vendor !== undefined;
  if (fromDatabase === (o.actuals !== undefined))
    throw new CliError(
      'give either --actuals FILE, or --workspace ID and --vendor ID (actuals from the database)',
    );
  if (fromDatabase && (o.workspace === undefined || o.vendor === undefined))
    throw new CliError('--workspace and --vendor go together');
  if (o.contract === undefined && !fromDatabase)
    throw new CliError(
      '--contract FILE is needed with --actuals (without it, --workspace and --vendor read the stored contract)',
    );
  let fileContract: Contract | undefined;
  if (o.contract !== undefined) {
    const c = validateContract(readJson(o.contract, 'contract'));
    if (!c.ok) refuse(o.contract, c.errors);
    fileContract = c.value;
  }
  if (o.actuals !== undefined && fileContract) {
    const { current, history } = actualsOf(o.actuals, o.month);
    const statement: Statement = computeStatement(fileContract, o.month, current, { history });
    return o.format === 'json' ? `${JSON.stringify(statement, null, 2)}\n` : statementTable(statement);
  }
  if (!openContext) throw new Error('runStatement: no database to read the actuals from');
  const rt = await openContext();
  try {
    const workspaceId = o.workspace as string;
    const vendor = await vendorId(rt.ctx, workspaceId, o.vendor as string);
    // a file's contract names its vendor as it likes; the actuals read are --vendor's
    const contract = fileContract
      ? { ...fileContract, vendorId: vendor }
      : await storedContract(rt.ctx, workspaceId, vendor, o.month, o.contractId);
    const scope = { workspaceId, vendorId: null };
    const [one] = await contractStatements(rt.ctx.conn.db, scope, workspaceId, contract, o.month, o.month);
    if (!one) throw new Error('no statement computed');
    const { statement, actuals, sources } = one;
    if (o.format === 'json')
      return `${JSON.stringify({ ...statement, contractId: contract.id, actuals, actualsSources: sources }, null, 2)}\n`;
    const from = [
      '',
      `Contract: ${fileContract ? o.contract : `${contract.id} (${contract.name ?? 'no name'}), stored`}`,
      `Actuals of ${o.month} from the database (vendor ${vendor}):`,
      ...sources.map((x) => `  ${x}`),
    ];
    return `${statementTable(statement)}${from.join('\n')}\n`;
  } finally {
    await rt.close();
  }
}
