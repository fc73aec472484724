import { ROLES, type Role } from '@vigie/core';
import { Command, Option } from 'commander';
import { loadConfig } from '../config/config.ts';
import { TRANSCRIPT_FORMATS } from '../io/transcripts/transcript-formats.ts';
import { CliError, exitWithError } from './fail.ts';
import { writeAll } from './write-all.ts';

// Commands load the server lazily so that `--help` and usage errors answer at once.
const server = {
  runtime: () => import('../runtime.ts'),
  context: () => import('../open-context.ts'),
  db: () => Promise.all([import('../db/connect.ts'), import('../db/migrate.ts')]),
  demo: () => import('../demo/create-demo.ts'),
  users: () => import('../app/access/user-commands.ts'),
  repos: () =>
    Promise.all([import('../db/repositories/users.ts'), import('../db/repositories/workspaces.ts')]),
};

/** `--format` of the commands that read transcripts: auto or one of the formats Vigie reads. */
const transcriptFormatOption = () =>
  new Option('--format <format>', 'transcript format')
    .choices(['auto', ...TRANSCRIPT_FORMATS])
    .default('auto');

const program = new Command('vigie')
  .description('Vigie: steer outsourced customer contact centres (client side).')
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (str, write) => write(`vigie: ${str.replace(/^error: /, '').trim()}\n`) });

program
  .command('serve')
  .description('start the web app and API (creates the demo workspace on an empty database)')
  .action(async () => (await import('./serve.ts')).runServe(loadConfig()));

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => {
    const [{ connect }, { migrateToLatest }] = await server.db();
    const conn = await connect(loadConfig().database);
    try {
      const applied = await migrateToLatest(conn);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
    } finally {
      await conn.close();
    }
  });

program
  .command('demo')
  .description('create the demo workspace, or reset it to its initial state')
  .action(async () => {
    const config = loadConfig();
    const { createDemo, describeDemo } = await server.demo();
    const rt = await (await server.runtime()).openRuntime(config);
    try {
      process.stdout.write(`${describeDemo(await createDemo(rt.ctx), config.publicUrl)}\n`);
    } finally {
      await rt.close();
    }
  });

program
  .command('kpi')
  .description('compute KPIs straight from contact-record files (no database)')
  .argument('<files...>', 'files of contact records (CSV, XLSX or JSON lines)')
  .requiredOption(
    '--profile <name>',
    'file format: vigie, anonymous-bank, asterisk-cdr or amazon-connect (see docs/import-formats.md)',
  )
  .option(
    '--by <keys>',
    'comma list of vendor, site, activity, channel, agent and one of interval15, interval30, hour, day, week, month',
    'day',
  )
  .option('--sl-threshold <seconds>', 'service-level threshold: answered within this wait', '20')
  .option(
    '--sl-variant <variant>',
    'service-level denominator: offered, answered or answered-and-late-abandons',
    'offered',
  )
  .option(
    '--short-abandon <seconds>',
    'abandons with a shorter wait are short abandons, left out of offered',
    '5',
  )
  .option('--fcr-days <days>', 'repeat-contact window of first-contact resolution', '7')
  .addOption(new Option('--format <format>', 'output').choices(['json', 'csv', 'table']).default('table'))
  .action(async (files: string[], o) => {
    const { runKpi } = await import('./kpi.ts');
    await writeAll(process.stdout, await runKpi(files, o));
  });

program
  .command('statement')
  .description(
    "compute a vendor's monthly statement from a contract and the month's actuals (a file, or the database)",
  )
  .option(
    '--contract <file>',
    "the contract, JSON (see docs/contracts.md); without it, the vendor's contract stored in --workspace",
  )
  .option(
    '--contract-id <id or name>',
    'with --workspace and no --contract: which stored contract of the vendor',
  )
  .requiredOption('--month <YYYY-MM>', 'the month to bill')
  .option(
    '--actuals <file>',
    "what happened in the month, JSON: one month's actuals, or an array of months (earlier months feed earn-back)",
  )
  .option(
    '--workspace <id>',
    "instead of --actuals: read the month's actuals from this workspace's contacts and monthly inputs",
  )
  .option('--vendor <id or name>', 'with --workspace: the vendor whose contacts are read')
  .addOption(new Option('--format <format>', 'output').choices(['json', 'table']).default('table'))
  .action(async (o) => {
    const { runStatement } = await import('./statement.ts');
    const openContext = async () => (await server.context()).openContext(loadConfig());
    await writeAll(process.stdout, [await runStatement(o, openContext)]);
  });

program
  .command('analyze')
  .description('find agent practices and customer reactions in transcribed calls (no database)')
  .argument('<inputs...>', 'transcript files or folders (see docs/transcripts.md)')
  .addOption(transcriptFormatOption())
  .option(
    '--library <name or file>',
    'practice library: fr, en or a JSON file (see docs/rule-language.md)',
    'fr',
  )
  .option('--language <code>', "language of calls whose file does not say (default: the library's)")
  .option(
    '--speakers <map>',
    'roles of speaker labels the format does not explain: spk_0=agent,spk_1=customer',
  )
  .option('--by <dimensions>', 'also break the figures down by: comma list of vendor, site, agent, period')
  .addOption(new Option('--out <format>', 'output').choices(['json', 'md', 'table']).default('table'))
  .addOption(
    new Option('--lang <lang>', "labels of md and table output (default: the library's language)").choices([
      'fr',
      'en',
    ]),
  )
  .option('--calls <file>', "also write each call's hits and measures to this JSON Lines file")
  .option('--workers <n>', 'worker threads (default: one per core)')
  .action(async (inputs: string[], o) => {
    const { runAnalyze } = await import('./analyze.ts');
    await writeAll(process.stdout, [await runAnalyze(inputs, o)]);
  });

program
  .command('sample')
  .description('draw a reproducible random sample of calls: one call id per line out')
  .requiredOption(
    '--population <file or query>',
    'a file of call ids (one per line, or a CSV with an id column and the strata columns); with --workspace, a query: vendor=Acme,site=Lyon|Lille,from=2026-10-01,to=2026-10-31,min=120,exclude-sampled',
  )
  .option('--workspace <id>', "draw from this workspace's stored calls (--population is then a query)")
  .option('--size <n>', 'how many calls (instead of --margin)')
  .option('--margin <ratio>', 'margin of error for a proportion: 0.05 or 5% (default, without --size)')
  .option('--confidence <ratio>', 'confidence level of the margin', '0.95')
  .option(
    '--strata <column>',
    'stratify by this column of the file (with --workspace: vendor, site, activity or agent)',
  )
  .addOption(
    new Option('--strata-mode <mode>', 'calls per stratum: in proportion to its size, or equal')
      .choices(['proportional', 'equal'])
      .default('proportional'),
  )
  .option('--min-per-stratum <n>', 'at least this many calls from each stratum (all of a smaller one)', '0')
  .option(
    '--seed <n>',
    'the seed: the same population and seed draw the same calls (default: random, printed)',
  )
  .option('--out <file>', 'write the ids to this file instead of the standard output')
  .action(async (o) => {
    const { runSample } = await import('./sample.ts');
    const openContext = async () => (await server.context()).openContext(loadConfig());
    const report = (text: string) => process.stderr.write(text);
    await writeAll(process.stdout, [await runSample(o, openContext, report)]);
  });

program
  .command('report')
  .description("write a vendor's feedback report drafted from a finished analysis run")
  .requiredOption('--run <id>', 'the analysis run (its id in the web app or the API)')
  .option('--vendor <id or name>', 'the vendor (needed when the run covers several)')
  .addOption(new Option('--format <format>', 'file format').choices(['docx', 'pdf', 'md']).default('docx'))
  .addOption(new Option('--lang <lang>', 'language of the report').choices(['fr', 'en']).default('fr'))
  .option('--out <file>', 'where to write it (default: retour-qualite-<vendor>.<format> here)')
  .action(async (o) => {
    const { runReport } = await import('./report.ts');
    const openContext = async () => (await server.context()).openContext(loadConfig());
    await writeAll(process.stdout, [await runReport(o, openContext)]);
  });

const importCommand = program.command('import').description('load files into a workspace');

importCommand
  .command('transcripts')
  .description('store transcribed calls in a workspace, all or nothing, redacted by default')
  .argument('<inputs...>', 'transcript files or folders (see docs/transcripts.md)')
  .requiredOption('--workspace <id>', 'workspace id')
  .option('--vendor <id or name>', 'vendor of the calls that name none')
  .addOption(transcriptFormatOption())
  .option('--language <code>', 'language of calls whose file does not say', 'fr')
  .option(
    '--speakers <map>',
    'roles of speaker labels the format does not explain: spk_0=agent,spk_1=customer',
  )
  .option(
    '--no-redact',
    'store the text as it is (by default card, IBAN, social security and phone numbers and e-mails are replaced by markers, and the original is not stored)',
  )
  .action(async (inputs: string[], o) => {
    const { runImportTranscripts } = await import('./import-transcripts.ts');
    const openContext = async () => (await server.context()).openContext(loadConfig());
    await writeAll(process.stdout, [await runImportTranscripts(inputs, o, openContext)]);
  });

importCommand
  .command('interactions')
  .description('import contact records (calls, e-mails, chats) into a workspace')
  .argument('<file>', 'CSV, XLSX or JSON lines file')
  .requiredOption('--workspace <id>', 'workspace id')
  .requiredOption('--profile <name>', 'file format (see docs/import-formats.md) or a saved mapping id')
  .option('--vendor <id or name>', 'vendor of the rows that name none')
  .option('--activity <id or name>', 'activity of the rows that name none')
  .addOption(
    new Option(
      '--mode <mode>',
      'all_or_nothing: any bad row stores nothing; quarantine: store the valid rows',
    )
      .choices(['all_or_nothing', 'quarantine'])
      .default('all_or_nothing'),
  )
  .option('--dry-run', 'read and check everything, store nothing')
  .action(async (file: string, o) => {
    const { runImportCommand } = await import('./import.ts');
    const rt = await (await server.context()).openContext(loadConfig());
    try {
      process.stdout.write(await runImportCommand(rt.ctx, file, o));
    } finally {
      await rt.close();
    }
  });

const user = program.command('user').description('manage user accounts');

user
  .command('create')
  .description('create a user (or add a workspace to an existing one) with a role')
  .requiredOption('--email <email>', 'e-mail address, used to sign in')
  .requiredOption('--workspace <id>', 'workspace id')
  .addOption(new Option('--role <role>', 'role in the workspace').choices([...ROLES]).makeOptionMandatory())
  .option('--name <name>', 'display name', '')
  .option('--vendor <id>', 'vendor id (required for the vendor role)')
  .option('--password <password>', 'password (at least 10 characters); else VIGIE_PASSWORD')
  .action(
    async (o: {
      email: string;
      workspace: string;
      role: Role;
      name: string;
      vendor?: string;
      password?: string;
    }) => {
      const password = o.password ?? process.env.VIGIE_PASSWORD;
      if (!password) throw new CliError('give --password or set VIGIE_PASSWORD');
      const [, { findWorkspace }] = await server.repos();
      const { createUserWithMembership } = await server.users();
      const rt = await (await server.runtime()).openRuntime(loadConfig());
      try {
        if (!(await findWorkspace(rt.ctx.conn.db, o.workspace)))
          throw new CliError(`no workspace with id ${o.workspace}`);
        const r = await createUserWithMembership(rt.ctx, {
          email: o.email,
          name: o.name || o.email.split('@')[0] || o.email,
          password,
          workspaceId: o.workspace,
          role: o.role,
          vendorId: o.vendor ?? null,
        });
        process.stdout.write(
          `${r.created ? 'Created' : 'Updated'} ${o.email} as ${o.role} (user id ${r.userId})\n`,
        );
      } finally {
        await rt.close();
      }
    },
  );

user
  .command('reset-password')
  .description("set a user's new password and end their sessions")
  .requiredOption('--email <email>', 'e-mail address of the user')
  .option('--password <password>', 'new password (at least 10 characters); else VIGIE_PASSWORD')
  .action(async (o: { email: string; password?: string }) => {
    const password = o.password ?? process.env.VIGIE_PASSWORD;
    if (!password) throw new CliError('give --password or set VIGIE_PASSWORD');
    const [{ findUserByEmail }] = await server.repos();
    const { resetPassword } = await server.users();
    const rt = await (await server.runtime()).openRuntime(loadConfig());
    try {
      const found = await findUserByEmail(rt.ctx.conn, o.email);
      if (!found) throw new CliError(`no user with e-mail ${o.email}`);
      await resetPassword(rt.ctx, found.id, password);
      process.stdout.write(`Password of ${o.email} reset; their sessions were ended.\n`);
    } finally {
      await rt.close();
    }
  });

program.parseAsync(process.argv).catch(exitWithError);
