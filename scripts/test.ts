// `npm test`: the whole suite in one node:test run (so CI reads one closing line).
// - SQLite integration tests always; the same tests on PostgreSQL when TEST_DATABASE_URL is set.
// - Browser tests when /usr/bin/chromium exists (the web app is built first).
// - With CI=true, PostgreSQL and the browser are mandatory: missing means failure, never a skip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync, spawn } from 'node:child_process';
import { createDb } from '../apps/api/src/platform/db/database.ts';
import { migrateToLatest } from '../apps/api/src/platform/db/migrate.ts';
import { ensureReferenceData } from '../apps/api/src/reference-data.ts';
import { assertTestDatabaseUrl, dropPgDatabase, withDatabase } from '../apps/api/test/db.ts';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const ci = process.env.CI === 'true';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgUrl = process.env.TEST_DATABASE_URL;
const filter = process.argv.slice(2);

function fail(message: string): never {
  console.error(`\n${message}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (ci && !pgUrl) fail('CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests are mandatory in CI.');
const hasBrowser = fs.existsSync(chromium);
if (ci && !hasBrowser) fail(`CI=true but ${chromium} is missing: browser tests are mandatory in CI (apt-get install chromium).`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function findTests(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findTests(p, out);
    else if (e.name.endsWith('.test.ts') || e.name.endsWith('.test.tsx')) out.push(path.relative(root, p));
  }
  return out;
}
let files = [...findTests(path.join(root, 'apps')), ...findTests(path.join(root, 'packages'))].sort();
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
const browserFiles = files.filter((f) => f.includes('.e2e.'));

// Build the web app the browser tests load.
if (hasBrowser && browserFiles.length) {
  console.log('# building the web app for browser tests');
  const b = spawnSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) fail('vite build failed');
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ataa-tpl-'));
const env: Record<string, string> = { ...(process.env as Record<string, string>), NODE_ENV: 'test' };

// SQLite template: migrate once, each test file copies the file.
const sqliteTemplate = path.join(tmp, 'template.sqlite');
{
  const db = createDb({ dialect: 'sqlite', file: sqliteTemplate });
  await migrateToLatest(db);
  await ensureReferenceData(db);
  await db.destroy();
  // Fold the WAL into the main file so a plain copy carries the whole schema.
  const Sqlite = (await import('better-sqlite3')).default;
  const s = new Sqlite(sqliteTemplate);
  s.pragma('wal_checkpoint(TRUNCATE)');
  s.pragma('journal_mode = DELETE');
  s.close();
  env.ATAA_TEST_SQLITE_TEMPLATE = sqliteTemplate;
}

// PostgreSQL template: a migrated database each test file clones with CREATE DATABASE … TEMPLATE.
let pgTemplate: string | null = null;
if (pgUrl) {
  assertTestDatabaseUrl(pgUrl);
  pgTemplate = `ataa_test_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  // Leftovers of runs that were killed: names carry the pid of the process that made them.
  const stale = await admin.query(`select datname from pg_database where datname like 'ataa_test_%'`);
  await admin.end();
  for (const r of stale.rows) {
    const pid = Number(/_(\d+)(?:_[0-9a-f]+)?$/.exec(r.datname)?.[1]);
    if (pid && !alive(pid)) await dropPgDatabase(pgUrl, r.datname);
  }
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(`create database "${pgTemplate}"`);
  await c.end();
  const db = createDb({ dialect: 'postgres', url: withDatabase(pgUrl, pgTemplate) });
  await migrateToLatest(db);
  await ensureReferenceData(db);
  await db.destroy();
  env.ATAA_TEST_PG_TEMPLATE = pgTemplate;
  env.ATAA_TEST_DIALECTS = 'sqlite,postgres';
} else {
  env.ATAA_TEST_DIALECTS = 'sqlite';
  console.log('# TEST_DATABASE_URL not set: PostgreSQL tests run only on SQLite this time');
}
if (!hasBrowser) console.log(`# ${chromium} not found: browser tests will be skipped`);

const args = ['--import', 'tsx', '--test', '--test-concurrency=2', ...files];
const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
const code: number = await new Promise((resolve) => child.on('exit', (c, sig) => resolve(c ?? (sig ? 1 : 0))));

if (pgUrl && pgTemplate) await dropPgDatabase(pgUrl, pgTemplate).catch(() => undefined);
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(code);
