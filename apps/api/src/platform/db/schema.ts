import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Database types, as the repositories see them after driver normalisation (see `database.ts`):
 * timestamps are ISO-8601 UTC strings, booleans are `0 | 1` integers on both dialects, ids are
 * text UUIDs, and money is integer fils (`number`, safe to 2^53) with a currency code.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  password_resets: PasswordResetsTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  outbox_messages: OutboxMessagesTable;
  frameworks: FrameworksTable;
  priorities: PrioritiesTable;
  priority_links: PriorityLinksTable;
  files: FilesTable;
  initiatives: InitiativesTable;
  initiative_priorities: InitiativePrioritiesTable;
  needs: NeedsTable;
  valuation_rules: ValuationRulesTable;
  ledger_entries: LedgerEntriesTable;
  contributions: ContributionsTable;
  postings: PostingsTable;
  accounts: AccountsTable;
  idempotency_keys: IdempotencyKeysTable;
  receipts: ReceiptsTable;
  recurring_pledges: RecurringPledgesTable;
  ledger_daily_roots: LedgerDailyRootsTable;
  funds: FundsTable;
  contribution_evidence: ContributionEvidenceTable;
  volunteer_profiles: VolunteerProfilesTable;
  opportunities: OpportunitiesTable;
  shifts: ShiftsTable;
  shift_signups: ShiftSignupsTable;
}

export interface VolunteerProfilesTable {
  user_id: string;
  date_of_birth: string | null;
  skills: string;
  languages: string;
  emirate: string | null;
  availability: string;
  /** Private: shown to an organisation only for volunteers signed up to its shifts. */
  emergency_contact: string | null;
  updated_at: string;
}

export interface OpportunitiesTable {
  id: string;
  organisation_id: string;
  initiative_id: string;
  need_id: string | null;
  title_ar: string | null;
  title_en: string | null;
  description_ar: string | null;
  description_en: string | null;
  emirate: string;
  area_ar: string | null;
  area_en: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  skills: string;
  languages: string;
  min_age: number | null;
  /** `everyone | women | men | families` */
  audience: string;
  instructions_ar: string | null;
  instructions_en: string | null;
  /** `open | closed` */
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ShiftsTable {
  id: string;
  opportunity_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  /** `scheduled | cancelled` */
  status: string;
  created_at: string;
  updated_at: string;
}

export interface ShiftSignupsTable {
  id: string;
  shift_id: string;
  user_id: string;
  /** `confirmed | waitlisted | cancelled` */
  status: string;
  created_at: string;
  updated_at: string;
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

export interface FilesTable {
  id: string;
  content_type: string;
  size: number;
  sha256: string;
  data: Buffer;
  created_by: string | null;
  created_at: string;
}

export interface InitiativesTable {
  id: string;
  organisation_id: string;
  /** `draft | submitted | returned | approved | active | completed | closed` */
  status: string;
  /** Where a material edit of a live initiative returns to once re-approved. */
  resume_status: string | null;
  title_ar: string | null;
  title_en: string | null;
  summary_ar: string | null;
  summary_en: string | null;
  description_ar: string | null;
  description_en: string | null;
  cover_file_id: string | null;
  emirate: string;
  /** Community or area within the emirate, in each language. */
  area_ar: string | null;
  area_en: string | null;
  /** ISO dates `YYYY-MM-DD`. */
  start_date: string | null;
  end_date: string | null;
  /** JSON array of beneficiary group codes. */
  beneficiary_groups: string;
  review_comment: string | null;
  created_by: string;
  decided_by: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
  published_at: string | null;
}

export interface InitiativePrioritiesTable {
  initiative_id: string;
  priority_id: string;
}

export interface NeedsTable {
  id: string;
  initiative_id: string;
  /** `money | time | expertise | knowledge | in_kind` */
  kind: string;
  title_ar: string | null;
  title_en: string | null;
  /** Integer target in `unit`: fils for money, hours, sessions or items. */
  target_quantity: number;
  unit: string;
  /** JSON: kind-specific fields (role, skill and level, format, item and value, designations). */
  details: string;
  deadline: string | null;
  priority_order: number;
  public_note: string | null;
  private_note: string | null;
  /** `open | closed` */
  status: string;
  created_at: string;
  updated_at: string;
}

export interface FrameworksTable {
  id: string;
  code: string;
  /** `global | national | local | platform | organisation` */
  level: string;
  name_ar: string;
  name_en: string;
  source: string | null;
  source_url: string | null;
  licence: string | null;
  organisation_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PrioritiesTable {
  id: string;
  framework_id: string;
  parent_id: string | null;
  code: string;
  title_ar: string;
  title_en: string;
  short_ar: string | null;
  short_en: string | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface PriorityLinksTable {
  /** The lower-level priority (e.g. a local aim). */
  from_priority_id: string;
  /** The higher-level priority it contributes to (e.g. a national pillar or an SDG target). */
  to_priority_id: string;
  created_by: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  locale: string;
  /** `admin | reviewer | verifier`, or null for an ordinary person. */
  platform_role: string | null;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  /** sha256 of the cookie secret; the secret itself is never stored. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  acting_organisation_id: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** sha256 of the token secret. */
  token_hash: string;
  /** First characters of the token, shown in lists to tell tokens apart. */
  prefix: string;
  /** JSON array of scopes. */
  scopes: string;
  organisation_id: string | null;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OrganisationsTable {
  id: string;
  type: string;
  name_ar: string | null;
  name_en: string | null;
  description_ar: string | null;
  description_en: string | null;
  emirate: string;
  website: string | null;
  status: string;
  created_by: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface InvitationsTable {
  id: string;
  organisation_id: string;
  email: string;
  role: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  /** `pending | accepted | declined | revoked` */
  status: string;
  decided_at: string | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  actor_user_id: string | null;
  acting_organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  /** JSON snapshot before the change, or null for a creation. */
  before_json: string | null;
  /** JSON snapshot after the change, or null for a deletion. */
  after_json: string | null;
  request_id: string | null;
  ip: string | null;
}

export interface OutboxMessagesTable {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  kind: string;
  locale: string;
  created_at: string;
  sent_at: string | null;
  last_error: string | null;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type OutboxMessageRow = Selectable<OutboxMessagesTable>;
export type FrameworkRow = Selectable<FrameworksTable>;
export type PriorityRow = Selectable<PrioritiesTable>;
export type PriorityLinkRow = Selectable<PriorityLinksTable>;
export type FileRow = Selectable<FilesTable>;
export type InitiativeRow = Selectable<InitiativesTable>;
export type NeedRow = Selectable<NeedsTable>;
export type ValuationRuleRow = Selectable<ValuationRulesTable>;
export type LedgerEntryRow = Selectable<LedgerEntriesTable>;
export type ContributionRow = Selectable<ContributionsTable>;
export type RecurringPledgeRow = Selectable<RecurringPledgesTable>;
export type FundRow = Selectable<FundsTable>;
export type OpportunityRow = Selectable<OpportunitiesTable>;
export type ShiftRow = Selectable<ShiftsTable>;
export type ShiftSignupRow = Selectable<ShiftSignupsTable>;
