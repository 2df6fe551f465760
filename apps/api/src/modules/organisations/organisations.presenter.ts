import { z } from 'zod';
import { EMIRATES, MEMBER_ROLES, ORGANISATION_STATUSES, ORGANISATION_TYPES } from '../../../../../packages/shared/src/index.ts';
import type { InvitationRow, OrganisationRow } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/http/context.ts';
import { roleIn } from '../../platform/http/context.ts';
import { isStaff } from './organisations.policy.ts';

export const organisationView = z.object({
  id: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  nameAr: z.string().nullable(),
  nameEn: z.string().nullable(),
  descriptionAr: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  emirate: z.enum(EMIRATES),
  website: z.string().nullable(),
  status: z.enum(ORGANISATION_STATUSES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  /** Only for members and platform staff. */
  decisionReason: z.string().nullable().optional(),
  /** The viewer's own role, when they are a member. */
  myRole: z.enum(MEMBER_ROLES).nullable(),
});
export type OrganisationView = z.infer<typeof organisationView>;

/** Row → API JSON; the decision reason is shown only to members and staff. */
export function presentOrganisation(o: OrganisationRow, viewer: Actor | null): OrganisationView {
  const myRole = roleIn(viewer, o.id);
  const insider = myRole !== null || isStaff(viewer);
  return {
    id: o.id,
    type: o.type as OrganisationView['type'],
    nameAr: o.name_ar,
    nameEn: o.name_en,
    descriptionAr: o.description_ar,
    descriptionEn: o.description_en,
    emirate: o.emirate as OrganisationView['emirate'],
    website: o.website,
    status: o.status as OrganisationView['status'],
    createdAt: o.created_at,
    decidedAt: o.decided_at,
    ...(insider ? { decisionReason: o.decision_reason } : {}),
    myRole,
  };
}

/** What the audit log keeps of an organisation. */
export function auditSnapshot(o: OrganisationRow) {
  return { type: o.type, nameAr: o.name_ar, nameEn: o.name_en, emirate: o.emirate, website: o.website, status: o.status, descriptionAr: o.description_ar, descriptionEn: o.description_en };
}

export const invitationView = z.object({
  id: z.string(),
  organisationId: z.string(),
  email: z.string(),
  role: z.enum(MEMBER_ROLES),
  status: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

export function presentInvitation(i: InvitationRow) {
  return {
    id: i.id,
    organisationId: i.organisation_id,
    email: i.email,
    role: i.role as (typeof MEMBER_ROLES)[number],
    status: i.status,
    createdAt: i.created_at,
    expiresAt: i.expires_at,
  };
}
