import { api, type Page } from '../../lib/api.ts';

/** The result of re-computing the hash chain. */
export interface ChainReport {
  ok: boolean;
  entries: number;
  lastSeq: number;
  lastHash: string;
  /** The first entry that does not hold, with why (an English sentence from the server). */
  firstBroken: { seq: number; reason: string } | null;
}

/** One failed consistency check, with a few example rows. */
export interface CheckFailure {
  check: string;
  description: string;
  examples: unknown[];
}

/** `GET /admin/ledger/verification`: the chain, the daily roots and the SQL invariants. */
export interface VerificationReport {
  chain: ChainReport;
  dailyRoots: { checked: number; mismatched: { day: string; lastSeq: number }[] };
  checks: { passed: string[]; failed: CheckFailure[] };
  ok: boolean;
  verifiedAt: string;
}

/** One append-only ledger entry. */
export interface LedgerEntry {
  seq: number;
  id: string;
  type: string;
  contributionId: string | null;
  payload: unknown;
  actorUserId: string | null;
  actingOrganisationId: string | null;
  createdAt: string;
  prevHash: string;
  hash: string;
}

/** A page of entries with the latest daily roots. */
export interface EntriesPage extends Page<LedgerEntry> {
  roots: { day: string; lastSeq: number; rootHash: string }[];
}

/** Filters of the entries browser. */
export interface EntriesQuery {
  page: number;
  contributionId?: string;
  type?: string;
}

/** An account of the double-entry books and its balance. */
export interface LedgerAccount {
  account: string;
  balanceFils: number;
  currency: string;
}

/** One version of a valuation rule. */
export interface ValuationRule {
  id: string;
  kind: 'time' | 'expertise' | 'knowledge';
  level: string | null;
  unit: string;
  rateFils: number;
  source: string;
  sourceUrl: string | null;
  effectiveFrom: string;
  version: number;
  createdAt: string;
}

/** Body of `POST /valuation-rules`: a new version of a rate from a date. */
export interface RuleInput {
  kind: ValuationRule['kind'];
  level: string | null;
  rateFils: number;
  source: string;
  sourceUrl?: string | null;
  effectiveFrom: string;
}

/** Re-computes the chain and runs every check (admins, verifiers). */
export const verifyLedger = () => api.get<VerificationReport>('/admin/ledger/verification');
/** Ledger entries, newest first. */
export const listEntries = (q: EntriesQuery) => api.get<EntriesPage>('/admin/ledger/entries', { pageSize: 20, ...q });
/** Account balances. */
export const listAccounts = () => api.get<{ items: LedgerAccount[] }>('/admin/ledger/accounts');
/** Every version of every valuation rule (public). */
export const listRules = () => api.get<{ items: ValuationRule[] }>('/valuation-rules');
/** Adds a rule version (admins). */
export const addRule = (body: RuleInput) => api.post<ValuationRule>('/valuation-rules', body);
