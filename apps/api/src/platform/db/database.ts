import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Which SQL engine a database handle talks to. */
export type Dialect = 'sqlite' | 'postgres';

/** Where to connect: an SQLite file (or `:memory:`) or a PostgreSQL URL. */
export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** A Kysely handle typed with our schema. */
export type Db = Kysely<Database>;
/** A handle that is either the root database or an open transaction. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;

// Driver type normalisation, in one place (STYLE rule 14). PostgreSQL returns timestamptz as
// Date and int8 as string; we want ISO strings and numbers on both dialects so repositories and
// presenters never branch. int8 values we store (fils, counters) stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (v) => new Date(v).toISOString());
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (v) => new Date(`${v}Z`).toISOString());
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * Opens a database. SQLite runs in WAL mode with `synchronous=FULL` so every acknowledged
 * commit survives a power cut; foreign keys are enforced on both dialects.
 */
export function createDb(target: DatabaseTarget, opts: { poolSize?: number } = {}): Db {
  if (target.dialect === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const database = new Sqlite(target.file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  }
  const pool = new pg.Pool({ connectionString: target.url, max: opts.poolSize ?? 10 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

const STATEMENT_CACHE = 500;

/**
 * Kysely prepares every query anew; SQLite statements are reusable and preparing one costs more
 * than running it. Keep up to 500 prepared statements by their SQL text.
 */
function withStatementCache(database: Sqlite.Database): Sqlite.Database {
  const cache = new Map<string, Sqlite.Statement>();
  const prepare = database.prepare.bind(database);
  database.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      // Oldest-inserted eviction: cheaper than true LRU, and the hot statements are few and re-added at once.
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      stmt = prepare(source);
      cache.set(source, stmt);
    }
    return stmt;
  }) as typeof database.prepare;
  return database;
}

/** The dialect behind a handle. */
export function dialectOf(db: DbOrTrx): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Runs `fn` in one transaction; everything it writes commits together or not at all. */
export function withTransaction<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}

/** True when the database answers a trivial query. */
export async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/** True for a unique-constraint violation on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** The current time as the ISO string the schema stores. */
export function nowIso(): string {
  return new Date().toISOString();
}
