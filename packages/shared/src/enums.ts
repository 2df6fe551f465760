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
  /** Runs the organisation's work and invites members. */
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
