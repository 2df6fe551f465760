// Ledger tables (see docs/ledger.md); part of the `Database` type in schema.ts.
export interface ValuationRulesTable {
  id: string;
  kind: string;
  /** Expertise level or knowledge unit; '' when the rate does not depend on one. */
  level: string;
  unit: string;
  rate_fils: number;
  source: string;
  source_url: string | null;
  /** ISO date from which this version applies. */
  effective_from: string;
  version: number;
  created_by: string | null;
  created_at: string;
}

export interface LedgerEntriesTable {
  /** Position in the hash chain, 1-based, gap-free. */
  seq: number;
  id: string;
  entry_type: string;
  contribution_id: string;
  /** Canonical JSON of the entry's facts. */
  payload: string;
  actor_user_id: string | null;
  acting_organisation_id: string | null;
  created_at: string;
  prev_hash: string;
  hash: string;
}

export interface ContributionsTable {
  id: string;
  contributor_user_id: string | null;
  contributor_organisation_id: string | null;
  /** Name given for a contributor without an account (e.g. cash at an event). */
  contributor_name: string | null;
  /** The need given to — or null when given to a pooled fund. */
  need_id: string | null;
  initiative_id: string | null;
  /** The pooled fund given to — or null when given to a need. */
  fund_id: string | null;
  receiving_organisation_id: string;
  kind: string;
  quantity: number;
  unit: string;
  value_fils: number;
  currency: string;
  valuation_rule_id: string | null;
  /** `rule` (valuation rule), `face` (money) or `declared` (in-kind estimate). */
  valuation_basis: string;
  designation: string | null;
  visibility: string;
  status: string;
  method: string | null;
  reference: string | null;
  evidence_note: string | null;
  recurring_pledge_id: string | null;
  first_seq: number;
  last_seq: number;
  created_at: string;
  updated_at: string;
  confirmed_at: string | null;
}

export interface PostingsTable {
  id: string;
  entry_seq: number;
  account: string;
  amount_fils: number;
  currency: string;
  designation: string;
  created_at: string;
}

export interface AccountsTable {
  account: string;
  currency: string;
  balance_fils: number;
  updated_at: string;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  response_status: number;
  response_body: string;
  created_at: string;
}

export interface ReceiptsTable {
  id: string;
  organisation_id: string;
  number: number;
  contribution_id: string;
  public_token: string;
  issued_at: string;
}

export interface RecurringPledgesTable {
  id: string;
  contributor_user_id: string;
  contributor_organisation_id: string | null;
  need_id: string | null;
  fund_id: string | null;
  amount_fils: number;
  designation: string;
  visibility: string;
  /** `active | paused | cancelled` */
  status: string;
  next_run_on: string;
  created_at: string;
  updated_at: string;
}

export interface LedgerDailyRootsTable {
  day: string;
  last_seq: number;
  root_hash: string;
  created_at: string;
}

export interface ContributionEvidenceTable {
  id: string;
  contribution_id: string;
  file_id: string;
  created_by: string | null;
  created_at: string;
}

export interface FundsTable {
  id: string;
  code: string;
  name_ar: string;
  name_en: string;
  description_ar: string | null;
  description_en: string | null;
  /** JSON array of accepted giving designations. */
  designations: string;
  /** `open | closed` */
  status: string;
  managing_organisation_id: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
