import { Migrator, type MigrationProvider } from 'kysely';
import { migrations } from '../../../migrations/index.ts';
import type { Db } from './database.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every known migration has been applied (used by `/api/ready`). */
export async function migrationsAreCurrent(db: Db): Promise<boolean> {
  const all = await new Migrator({ db, provider }).getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
