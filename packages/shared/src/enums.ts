/**
 * Enumerations shared by the API and the web app. Values are stable strings stored in the
 * database and used as translation keys in the UI (`enums.<name>.<value>`).
 */

/** Locales the interface is translated into. Arabic is the default. */
export const LOCALES = ['ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Kinds of organisation that can join the platform. */
export const ORGANISATION_TYPES = [
  /** A federal or emirate-level government entity. */
  'government',
  /** A semi-government entity (government-owned company, authority). */
  'semi_government',
  /** A private company contributing through CSR. */
  'private_company',
  /** A licensed nonprofit or charity; usually an implementing organisation. */
  'nonprofit',
  /** An informal community group (neighbourhood, school parents, mosque committee). */
  'community_group',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Lifecycle of an organisation's verification by platform staff. */
export const ORGANISATION_STATUSES = [
  /** Created, waiting for platform review; can do nothing public. */
  'pending',
  /** Verified by a platform admin; may publish and receive. */
  'verified',
  /** Refused by a platform admin (reason recorded in the audit log). */
  'rejected',
] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** Roles a person can hold inside an organisation, weakest first. */
export const MEMBER_ROLES = [
  /** Contributes on the organisation's behalf; sees its workspace. */
  'member',
  /** Confirms money and goods received, issues receipts; a member plus finance rights. */
  'finance',
  /** Runs the organisation's work and invites members (and may confirm receipts too). */
  'manager',
  /** Full control, including roles and ownership. */
  'owner',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Platform (foundation staff) roles. */
export const PLATFORM_ROLES = [
  /** Administers the platform: approvals, users, frameworks, everything. */
  'admin',
  /** Reviews initiatives and organisations submitted for approval. */
  'reviewer',
  /** Read-everything auditor: verifies hours, results and the ledger. */
  'verifier',
] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** The seven emirates of the UAE. */
export const EMIRATES = [
  'abu_dhabi',
  'dubai',
  'sharjah',
  'ajman',
  'umm_al_quwain',
  'ras_al_khaimah',
  'fujairah',
] as const;
export type Emirate = (typeof EMIRATES)[number];

/** Scopes a personal-access token can carry. */
export const TOKEN_SCOPES = [
  /** Read anything the owner can read. */
  'read',
  /** Make changes the owner can make. */
  'write',
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** True when `role` is at least as strong as `min`. */
export function memberRoleAtLeast(role: MemberRole, min: MemberRole): boolean {
  return MEMBER_ROLES.indexOf(role) >= MEMBER_ROLES.indexOf(min);
}

/** Levels of a priority framework, from the widest to the narrowest. */
export const FRAMEWORK_LEVELS = [
  /** Global frameworks such as the UN SDGs. */
  'global',
  /** National agendas (e.g. We the UAE 2031). */
  'national',
  /** Emirate or city agendas (e.g. Dubai Social Agenda 33). */
  'local',
  /** The platform's own areas. */
  'platform',
  /** An organisation's own priorities (e.g. a company's CSR pillars). */
  'organisation',
] as const;
export type FrameworkLevel = (typeof FRAMEWORK_LEVELS)[number];

/** Lifecycle of an initiative. */
export const INITIATIVE_STATUSES = [
  /** Being written by its organisation; private. */
  'draft',
  /** Sent for review; private until a reviewer decides. */
  'submitted',
  /** Sent back by a reviewer with comments; the organisation edits and resubmits. */
  'returned',
  /** Approved by a reviewer; public, not yet running. */
  'approved',
  /** Running and receiving contributions; public. */
  'active',
  /** Finished as planned; public, read-only. */
  'completed',
  /** Stopped or withdrawn; read-only. */
  'closed',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Statuses anyone can see. */
export const PUBLIC_INITIATIVE_STATUSES = ['approved', 'active', 'completed'] as const;

/** The five kinds of contribution (and of need). */
export const NEED_KINDS = [
  /** Money, in fils (1 AED = 100 fils). */
  'money',
  /** Volunteer hours. */
  'time',
  /** Pro-bono professional work, in hours, at a skill level. */
  'expertise',
  /** Mentoring, training or workshops, in sessions or hours. */
  'knowledge',
  /** Goods, in items, with an estimated value. */
  'in_kind',
] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

/** Skill levels of expertise (valued at different rates). */
export const EXPERTISE_LEVELS = ['junior', 'mid', 'senior', 'expert'] as const;
export type ExpertiseLevel = (typeof EXPERTISE_LEVELS)[number];

/** Formats of knowledge sharing. */
export const KNOWLEDGE_FORMATS = ['mentoring', 'training', 'workshop'] as const;

/** Islamic giving designations a money need or fund may accept. */
export const GIVING_DESIGNATIONS = [
  /** Obligatory alms, for the eligible categories only. */
  'zakat',
  /** Voluntary charity. */
  'sadaqah',
  /** Endowment: the capital is kept, its yield is spent. */
  'waqf',
  /** No religious designation. */
  'general',
] as const;
export type GivingDesignation = (typeof GIVING_DESIGNATIONS)[number];

/** Groups an initiative serves. */
export const BENEFICIARY_GROUPS = [
  'children', 'youth', 'women', 'families', 'senior_citizens', 'people_of_determination',
  'low_income', 'workers', 'patients', 'students', 'orphans', 'environment', 'general_public',
] as const;
export type BeneficiaryGroup = (typeof BENEFICIARY_GROUPS)[number];

/** States of a contribution (its latest ledger entry decides). */
export const CONTRIBUTION_STATUSES = [
  /** Promised by the contributor; nothing received yet. */
  'pledged',
  /** Received and confirmed by the receiving organisation. */
  'confirmed',
  /** Checked by a platform verifier (auditor). */
  'verified',
  /** Withdrawn before it was received. */
  'cancelled',
  /** Money returned to the contributor after it was received. */
  'refunded',
  /** Cancelled as a correction (a corrected entry may replace it). */
  'reversed',
] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

/** Who may see a contribution publicly. */
export const VISIBILITIES = [
  /** Name and amount shown on public pages. */
  'public',
  /** Amount counted publicly, contributor shown as "anonymous". */
  'anonymous',
  /** Counted in totals only; never listed publicly. */
  'private',
] as const;

/** Offline payment methods charities confirm by hand (card gateways plug in behind the same interface). */
export const PAYMENT_METHODS = ['bank_transfer', 'cash', 'cheque'] as const;
