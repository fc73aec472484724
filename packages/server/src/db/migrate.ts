import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db, DialectName } from './connect.ts';
import * as foundation from './migrations/20261123T1530-foundation.ts';
import * as contactRecords from './migrations/20261129T1700-contact-records.ts';
import * as agentChannelRollup from './migrations/20261130T0900-agent-channel-rollup.ts';
import * as intervalRollupMinuteKey from './migrations/20261130T1000-interval-rollup-minute-key.ts';
import * as rollupsWithoutDayIndex from './migrations/20261130T1200-rollups-without-day-index.ts';
import * as contractsAndInvoices from './migrations/20261201T0900-contracts-and-invoices.ts';
import * as transcriptsAndAnalysis from './migrations/20261207T0900-transcripts-and-analysis.ts';
import * as samplePlans from './migrations/20261214T0900-sample-plans.ts';
import * as feedbackReports from './migrations/20261215T0900-feedback-reports.ts';
import * as coachingCycles from './migrations/20261216T0900-coaching-cycles.ts';

type MigrationModule = { up(db: Kysely<unknown>, dialect: DialectName): Promise<void> };

/** Forward-only migrations, in name order. Add new files here. */
const MIGRATIONS: Record<string, MigrationModule> = {
  '20261123T1530-foundation': foundation,
  '20261129T1700-contact-records': contactRecords,
  '20261130T0900-agent-channel-rollup': agentChannelRollup,
  '20261130T1000-interval-rollup-minute-key': intervalRollupMinuteKey,
  '20261130T1200-rollups-without-day-index': rollupsWithoutDayIndex,
  '20261201T0900-contracts-and-invoices': contractsAndInvoices,
  '20261207T0900-transcripts-and-analysis': transcriptsAndAnalysis,
  '20261214T0900-sample-plans': samplePlans,
  '20261215T0900-feedback-reports': feedbackReports,
  '20261216T0900-coaching-cycles': coachingCycles,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, m]) => [
        name,
        { up: (db: Kysely<unknown>) => m.up(db, this.dialect) },
      ]),
    );
  }
}

/** Applies pending migrations up to `name` included (an upgrade test starts from an older schema). */
export async function migrateTo(conn: Db, name: string): Promise<void> {
  const migrator = new Migrator({ db: conn.raw, provider: new StaticProvider(conn.dialect) });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** Applies pending migrations; returns the names applied now. Throws with the failing name. */
export async function migrateToLatest(conn: Db): Promise<string[]> {
  const migrator = new Migrator({ db: conn.raw, provider: new StaticProvider(conn.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${why}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
