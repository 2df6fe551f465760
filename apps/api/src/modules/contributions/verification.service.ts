import type { Db } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import { ForbiddenError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import { LEDGER_CHECKS, runLedgerChecks, type CheckFailure } from '../../../checks/ledger.ts';
import { ChainVerifier, type ChainReport } from './chain.ts';
import * as repo from './ledger.repository.ts';

const PAGE = 2_000;

/** The full verification: the hash chain, the recorded daily roots and the SQL invariants. */
export interface VerificationReport {
  chain: ChainReport;
  dailyRoots: { checked: number; mismatched: { day: string; lastSeq: number }[] };
  checks: { passed: string[]; failed: CheckFailure[]; all: { check: string; description: string; passed: boolean }[] };
  ok: boolean;
  verifiedAt: string;
}

/** Re-computes the whole chain from the first entry and runs every consistency check. */
export async function verifyLedger(db: Db): Promise<VerificationReport> {
  const verifier = new ChainVerifier();
  for (let after = 0; ; ) {
    const rows = await repo.entriesAfter(db, after, PAGE);
    if (!rows.length || !verifier.feed(rows)) break;
    after = Number(rows[rows.length - 1]!.seq);
  }
  const chain = verifier.report();
  const roots = await repo.listDailyRoots(db);
  const mismatched: { day: string; lastSeq: number }[] = [];
  for (const r of roots) {
    const e = await repo.entryAt(db, Number(r.last_seq));
    if (!e || e.hash !== r.root_hash) mismatched.push({ day: r.day, lastSeq: Number(r.last_seq) });
  }
  const failed = await runLedgerChecks(db);
  const passed = LEDGER_CHECKS.map((c) => c.check).filter((c) => !failed.some((f) => f.check === c));
  const all = LEDGER_CHECKS.map((c) => ({ ...c, passed: passed.includes(c.check) }));
  return { chain, dailyRoots: { checked: roots.length, mismatched }, checks: { passed, failed, all }, ok: chain.ok && !mismatched.length && !failed.length, verifiedAt: nowIso() };
}

/**
 * Records the root (hash of the last entry) of every finished day that has none yet, so a later
 * rewrite of the whole chain would still disagree with roots published earlier.
 */
export async function recordDailyRoots(db: Db, today = nowIso().slice(0, 10)): Promise<number> {
  let added = 0;
  for (const day of await repo.daysWithoutRoot(db, today)) {
    const last = await repo.lastEntryOfDay(db, day);
    if (last) {
      await repo.insertDailyRoot(db, { day, last_seq: Number(last.seq), root_hash: last.hash, created_at: nowIso() });
      added++;
    }
  }
  return added;
}

/** The admin ledger browser: entries newest first, filterable, with the chain status. */
export async function browseEntries(db: Db, ctx: RequestContext, filter: { contributionId?: string; type?: string }, page: PageQuery) {
  if (ctx.actor?.platformRole !== 'admin' && ctx.actor?.platformRole !== 'verifier') throw new ForbiddenError();
  const { rows, total } = await repo.listEntries(db, filter, page.pageSize, offsetOf(page));
  return {
    items: rows.map((e) => ({ seq: Number(e.seq), id: e.id, type: e.entry_type, contributionId: e.contribution_id, payload: JSON.parse(e.payload) as unknown, actorUserId: e.actor_user_id, actingOrganisationId: e.acting_organisation_id, createdAt: e.created_at, prevHash: e.prev_hash, hash: e.hash })),
    page: page.page, pageSize: page.pageSize, total,
    roots: (await repo.listDailyRoots(db)).slice(-30).map((r) => ({ day: r.day, lastSeq: Number(r.last_seq), rootHash: r.root_hash })),
  };
}
