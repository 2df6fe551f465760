import type { DbOrTrx } from '../../platform/db/database.ts';

export function entriesAfter(db: DbOrTrx, afterSeq: number, limit: number) {
  return db.selectFrom('ledger_entries').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export function entryAt(db: DbOrTrx, seq: number) {
  return db.selectFrom('ledger_entries').selectAll().where('seq', '=', seq).executeTakeFirst();
}

export function listDailyRoots(db: DbOrTrx) {
  return db.selectFrom('ledger_daily_roots').selectAll().orderBy('day').execute();
}

export async function insertDailyRoot(db: DbOrTrx, row: { day: string; last_seq: number; root_hash: string; created_at: string }): Promise<void> {
  await db.insertInto('ledger_daily_roots').values(row).execute();
}

/** Days before `today` that have entries but no recorded root. */
export async function daysWithoutRoot(db: DbOrTrx, today: string): Promise<string[]> {
  const rows = await db.selectFrom('ledger_entries').select('created_at').where('created_at', '<', `${today}T00:00:00.000Z`).execute();
  const days = new Set(rows.map((r) => r.created_at.slice(0, 10)));
  const have = new Set((await listDailyRoots(db)).map((r) => r.day));
  return [...days].filter((d) => !have.has(d)).sort();
}

export function lastEntryOfDay(db: DbOrTrx, day: string) {
  return db.selectFrom('ledger_entries').select(['seq', 'hash']).where('created_at', '<', `${day}T23:59:59.999Z`).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function listEntries(db: DbOrTrx, f: { contributionId?: string; type?: string }, limit: number, offset: number) {
  let q = db.selectFrom('ledger_entries');
  if (f.contributionId) q = q.where('contribution_id', '=', f.contributionId);
  if (f.type) q = q.where('entry_type', '=', f.type);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
