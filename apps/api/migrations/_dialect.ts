// Frozen helper for migrations only (migrations never import app code). It names the column
// types that differ between the two dialects, so each migration stays one portable definition.
import { PostgresAdapter, type Kysely } from 'kysely';

export function isPg(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
/** Timestamps: timestamptz on PostgreSQL, ISO-8601 text on SQLite. */
export function tsType(db: Kysely<any>) {
  return isPg(db) ? ('timestamptz' as const) : ('text' as const);
}
/** 64-bit integers (money in fils): bigint on PostgreSQL, integer on SQLite (always 64-bit). */
export function bigType(db: Kysely<any>) {
  return isPg(db) ? ('bigint' as const) : ('integer' as const);
}
