import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { dialectOf, nowIso } from '../../platform/db/database.ts';
import type { LedgerEntryRow } from '../../platform/db/schema.ts';
import { canonicalJson, entryHash, GENESIS_HASH } from './chain.ts';

// Any constant works: it names the one PostgreSQL advisory lock that serialises ledger appends
// across every app process (the hash chain must stay a single line).
const LEDGER_LOCK = 727_272;
/** Most operations one transaction carries. */
const MAX_BATCH = 128;

/** A money movement: postings that must sum to zero. */
export interface Posting {
  account: string;
  amountFils: number;
  designation: string;
}

/** What an operation can do inside a ledger transaction. */
export interface LedgerTx {
  trx: DbOrTrx;
  now: string;
  /** Appends one hash-chained entry (and its balanced postings, if any); returns its seq. */
  append(entry: { type: string; contributionId: string; payload: Record<string, unknown>; actorUserId: string | null; actingOrganisationId: string | null; postings?: Posting[] }): Promise<number>;
}

type Op<T> = (tx: LedgerTx) => Promise<T>;
interface Pending {
  op: Op<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/**
 * Serialises every ledger write through one queue and commits them in groups: operations that
 * arrive while a transaction is being written wait and then share the next transaction, so many
 * concurrent requests pay for one fsync instead of one each. Each operation runs inside its own
 * savepoint: one that fails (a full need, a bad state) is rolled back alone and answered with its
 * error; the rest commit. Nobody is answered before their transaction has committed.
 */
export class LedgerWriter {
  private queue: Pending[] = [];
  private flushing = false;

  /**
   * @param clock the time entries are stamped with; only demo seeding passes one (to lay out a
   * year of history in order), the application always uses the real time.
   */
  constructor(private readonly db: Db, private readonly clock: () => string = nowIso) {}

  /** Runs `op` in the next ledger transaction and resolves after that transaction commits. */
  run<T>(op: Op<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ op, resolve: resolve as (v: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Start on the next turn of the event loop, not now: every request whose bytes arrived in
        // this I/O phase gets parsed and queued first and joins the same transaction. (With the
        // synchronous SQLite driver nothing else would ever get the chance to queue up.)
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_BATCH);
        let outcomes: Outcome[];
        try {
          // Fast path: the whole batch in one transaction without savepoints. If any operation
          // fails, everything is rolled back and the batch runs again with a savepoint around each
          // operation, so the failing one is answered with its error and the others still commit.
          outcomes = await this.write(batch, false).catch(async (error) => {
            if (error !== RETRY_ISOLATED) throw error;
            return this.write(batch, true);
          });
        } catch (error) {
          // The commit itself failed: nothing of this batch was written.
          for (const item of batch) item.reject(error);
          continue;
        }
        batch.forEach((item, i) => {
          const o = outcomes[i]!;
          if (o.ok) item.resolve(o.value);
          else item.reject(o.error);
        });
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Writes a batch in one transaction; with `isolated`, each operation inside its own savepoint. */
  private write(batch: Pending[], isolated: boolean): Promise<Outcome[]> {
    return this.db.transaction().execute(async (trx) => {
      const outcomes: Outcome[] = [];
      if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${LEDGER_LOCK})`.execute(trx);
      const head = await trx.selectFrom('ledger_entries').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      let seq = head ? Number(head.seq) : 0;
      let prev = head?.hash ?? GENESIS_HASH;
      for (const [i, item] of batch.entries()) {
        const savepoint = sql.raw(`ledger_op_${i}`);
        if (isolated) await sql`savepoint ${savepoint}`.execute(trx);
        const [seqBefore, prevBefore] = [seq, prev];
        const tx: LedgerTx = {
          trx,
          now: this.clock(),
          append: async (e) => {
            const total = (e.postings ?? []).reduce((s, p) => s + p.amountFils, 0);
            if (total !== 0) throw new Error(`unbalanced postings (${total}) for ${e.type}`);
            const row: Omit<LedgerEntryRow, 'hash'> = {
              seq: seq + 1, id: randomUUID(), entry_type: e.type, contribution_id: e.contributionId,
              payload: canonicalJson(e.payload), actor_user_id: e.actorUserId, acting_organisation_id: e.actingOrganisationId,
              created_at: tx.now, prev_hash: prev,
            };
            const hash = entryHash(row);
            await sql`insert into ledger_entries (seq, id, entry_type, contribution_id, payload, actor_user_id, acting_organisation_id, created_at, prev_hash, hash)
              values (${row.seq}, ${row.id}, ${row.entry_type}, ${row.contribution_id}, ${row.payload}, ${row.actor_user_id}, ${row.acting_organisation_id}, ${row.created_at}, ${row.prev_hash}, ${hash})`.execute(trx);
            for (const p of e.postings ?? []) {
              await trx.insertInto('postings').values({ id: randomUUID(), entry_seq: row.seq, account: p.account, amount_fils: p.amountFils, currency: 'AED', designation: p.designation, created_at: tx.now }).execute();
              await applyToBalance(trx, p.account, p.amountFils, tx.now);
            }
            seq = row.seq;
            prev = hash;
            return row.seq;
          },
        };
        try {
          const value = await item.op(tx);
          if (isolated) await sql`release savepoint ${savepoint}`.execute(trx);
          outcomes.push({ ok: true, value });
        } catch (error) {
          if (!isolated) throw RETRY_ISOLATED;
          await sql`rollback to savepoint ${savepoint}`.execute(trx);
          await sql`release savepoint ${savepoint}`.execute(trx);
          [seq, prev] = [seqBefore, prevBefore];
          outcomes.push({ ok: false, error });
        }
      }
      return outcomes;
    });
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
/** Thrown inside the fast path to roll it back and rerun the batch with savepoints. */
const RETRY_ISOLATED = Symbol('retry-isolated');

/** Adds to an account's cached balance (the consistency check re-derives it from postings). */
async function applyToBalance(trx: DbOrTrx, account: string, amount: number, now: string): Promise<void> {
  const r = await trx.updateTable('accounts').set((eb) => ({ balance_fils: eb('balance_fils', '+', amount), updated_at: now })).where('account', '=', account).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) await trx.insertInto('accounts').values({ account, currency: 'AED', balance_fils: amount, updated_at: now }).execute();
}
