// SQL invariants of the ledger, run by `npm run ledger:verify`, the admin API and the tests.
import { sql } from 'kysely';
import type { DbOrTrx } from '../src/platform/db/database.ts';

/** One failed invariant, with a few examples. */
export interface CheckFailure {
  check: string;
  description: string;
  examples: unknown[];
}

const CHECKS: { check: string; description: string; query: (db: DbOrTrx) => Promise<unknown[]> }[] = [
  {
    check: 'postings_balance',
    description: 'Every money movement (the postings of one entry) sums to zero.',
    query: async (db) => (await sql`select entry_seq, sum(amount_fils) as total from postings group by entry_seq having sum(amount_fils) <> 0 limit 5`.execute(db)).rows,
  },
  {
    check: 'account_balances',
    description: 'Every account balance equals the sum of its postings.',
    query: async (db) => (await sql`select a.account, a.balance_fils, coalesce(p.total, 0) as postings_total from accounts a
      left join (select account, sum(amount_fils) as total from postings group by account) p on p.account = a.account
      where a.balance_fils <> coalesce(p.total, 0) limit 5`.execute(db)).rows,
  },
  {
    check: 'accounts_exist',
    description: 'Every account with postings has a balance row.',
    query: async (db) => (await sql`select distinct p.account from postings p left join accounts a on a.account = p.account where a.account is null limit 5`.execute(db)).rows,
  },
  {
    check: 'projection_matches_entries',
    description: 'Each contribution’s first and last entries exist and belong to it.',
    query: async (db) => (await sql`select c.id from contributions c
      left join ledger_entries f on f.seq = c.first_seq and f.contribution_id = c.id
      left join ledger_entries l on l.seq = c.last_seq and l.contribution_id = c.id
      where f.seq is null or l.seq is null limit 5`.execute(db)).rows,
  },
  {
    check: 'latest_entry_is_last_seq',
    description: 'No entry of a contribution is newer than the one its projection names.',
    query: async (db) => (await sql`select c.id, c.last_seq, max(e.seq) as newest from contributions c join ledger_entries e on e.contribution_id = c.id
      group by c.id, c.last_seq having max(e.seq) <> c.last_seq limit 5`.execute(db)).rows,
  },
  {
    check: 'money_received_is_posted',
    description: 'Money confirmed or verified has exactly its value in its need’s or fund’s account postings.',
    query: async (db) => (await sql`select n.account, n.received, coalesce(p.posted, 0) as posted from
      (select coalesce('need:' || need_id, 'fund:' || fund_id) as account, sum(value_fils) as received from contributions
        where kind = 'money' and status in ('confirmed', 'verified') group by coalesce('need:' || need_id, 'fund:' || fund_id)) n
      left join (select account, sum(amount_fils) as posted from postings where account like 'need:%' or account like 'fund:%' group by account) p on p.account = n.account
      where n.received <> coalesce(p.posted, 0) limit 5`.execute(db)).rows,
  },
  {
    check: 'hard_caps_hold',
    // Only pledgeable kinds are capped: hours, expertise and knowledge already given are facts.
    description: 'No money or goods need with a cap has more confirmed than its target.',
    query: async (db) => (await sql`select n.id, n.target_quantity, sum(c.quantity) as confirmed from needs n join contributions c on c.need_id = n.id
      where c.status in ('confirmed', 'verified') and n.kind in ('money', 'in_kind') and n.details not like '%"capMode":"open"%'
      group by n.id, n.target_quantity having sum(c.quantity) > n.target_quantity limit 5`.execute(db)).rows,
  },
];

/** Runs every invariant; an empty list means the books are consistent. */
export async function runLedgerChecks(db: DbOrTrx): Promise<CheckFailure[]> {
  const failures: CheckFailure[] = [];
  for (const c of CHECKS) {
    const rows = await c.query(db);
    if (rows.length) failures.push({ check: c.check, description: c.description, examples: rows });
  }
  return failures;
}

/** The names and descriptions of the checks (for reports). */
export const LEDGER_CHECKS = CHECKS.map(({ check, description }) => ({ check, description }));
