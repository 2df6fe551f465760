// Per-test-file databases: a fresh copy of a migrated template, never truncation (STYLE rule 20).
// `npm test` (scripts/test.ts) prepares the templates once and passes them in the environment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db, type DatabaseTarget, type Dialect } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { ensureReferenceData } from '../src/reference-data.ts';

/** The dialects this run tests: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function dialects(): Dialect[] {
  const list = (process.env.ATAA_TEST_DIALECTS ?? (process.env.TEST_DATABASE_URL ? 'sqlite,postgres' : 'sqlite')).split(',');
  return list.filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');
}

/** Refuses to touch a database whose name does not say it is for tests. */
export function assertTestDatabaseUrl(url: string): URL {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against "${name}": TEST_DATABASE_URL must name a database containing "test".`);
  }
  return u;
}

/** A URL for another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface TestDb {
  db: Db;
  target: DatabaseTarget;
  dialect: Dialect;
  drop(): Promise<void>;
}

async function createPgDatabase(adminUrl: string, name: string, template: string | null): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Two files copying the same template at once can collide ("being accessed by other users").
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
        return;
      } catch (err) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
}

/** Drops a PostgreSQL database, ending any connection still open to it. */
export async function dropPgDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // pg's pool.end() resolves before its sockets have closed; forcing the drop at once would
    // kill those closing connections and surface as stray errors. Wait for them, then force.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`drop database if exists "${name}"${attempt >= 50 ? ' with (force)' : ''}`);
        return;
      } catch (err) {
        if (attempt >= 50 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of the dialect, private to the calling test file. */
export async function createTestDb(dialect: Dialect): Promise<TestDb> {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ataa-test-'));
    const file = path.join(dir, 'test.sqlite');
    const template = process.env.ATAA_TEST_SQLITE_TEMPLATE;
    if (template) fs.copyFileSync(template, file);
    const target = { dialect, file } as const;
    const db = createDb(target);
    if (!template) { await migrateToLatest(db); await ensureReferenceData(db); }
    return { db, target, dialect, drop: async () => { await db.destroy(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  assertTestDatabaseUrl(base);
  const name = `ataa_test_${suffix}`;
  const template = process.env.ATAA_TEST_PG_TEMPLATE ?? null;
  await createPgDatabase(base, name, template);
  const target = { dialect, url: withDatabase(base, name) } as const;
  const db = createDb(target, { poolSize: 20 });
  if (!template) { await migrateToLatest(db); await ensureReferenceData(db); }
  return { db, target, dialect, drop: async () => { await db.destroy(); await dropPgDatabase(base, name); } };
}
