import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AccountsTable, ContributionEvidenceTable, ContributionsTable, FundsTable, IdempotencyKeysTable, LedgerDailyRootsTable,
  LedgerEntriesTable, PostingsTable, ReceiptsTable, RecurringPledgesTable, ValuationRulesTable,
} from './schema-ledger.ts';
import type { CalendarFeedsTable, CertificatesTable, EngagementLogsTable, EngagementsTable, ExpertiseOffersTable, KnowledgeSessionsTable, MentorshipsTable, OpportunitiesTable, ShiftAttendanceTable, ShiftSignupsTable, ShiftsTable, VolunteerProfilesTable } from './schema-volunteering.ts';
import type { VolunteerSkillsTable } from './schema-volunteering.ts';

export type * from './schema-ledger.ts';
export type * from './schema-volunteering.ts';

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
  shift_attendance: ShiftAttendanceTable;
  certificates: CertificatesTable;
  calendar_feeds: CalendarFeedsTable;
  expertise_offers: ExpertiseOffersTable;
  engagements: EngagementsTable;
  engagement_logs: EngagementLogsTable;
  mentorships: MentorshipsTable;
  knowledge_sessions: KnowledgeSessionsTable;
  volunteer_skills: VolunteerSkillsTable;
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
export type VolunteerProfileRow = Selectable<VolunteerProfilesTable>;
export type ShiftAttendanceRow = Selectable<ShiftAttendanceTable>;
export type CertificateRow = Selectable<CertificatesTable>;
export type ExpertiseOfferRow = Selectable<ExpertiseOffersTable>;
export type EngagementRow = Selectable<EngagementsTable>;
export type EngagementLogRow = Selectable<EngagementLogsTable>;
export type MentorshipRow = Selectable<MentorshipsTable>;
export type KnowledgeSessionRow = Selectable<KnowledgeSessionsTable>;
export type VolunteerSkillRow = Selectable<VolunteerSkillsTable>;
