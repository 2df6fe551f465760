import { z } from 'zod';
import { EMIRATES, MEMBER_ROLES, ORGANISATION_STATUSES, ORGANISATION_TYPES, emailSchema, nameSchema, textSchema, urlSchema, LIMITS } from '../../../../../packages/shared/src/index.ts';
import { pageQuery } from '../../platform/http/pagination.ts';

const fields = {
  nameAr: nameSchema().nullable().optional(),
  nameEn: nameSchema().nullable().optional(),
  descriptionAr: textSchema(LIMITS.longTextMax).nullable().optional(),
  descriptionEn: textSchema(LIMITS.longTextMax).nullable().optional(),
  emirate: z.enum(EMIRATES),
  website: urlSchema.nullable().optional(),
};

/** Body of `POST /organisations`. One of the two names is required. */
export const createOrganisationBody = z
  .strictObject({ type: z.enum(ORGANISATION_TYPES), ...fields })
  .refine((b) => !!(b.nameAr || b.nameEn), { message: 'validation.name_required', path: ['nameAr'] });
export type CreateOrganisationInput = z.infer<typeof createOrganisationBody>;

/** Body of `PATCH /organisations/:orgId`. */
export const updateOrganisationBody = z.strictObject({
  type: z.enum(ORGANISATION_TYPES).optional(),
  ...fields,
  emirate: fields.emirate.optional(),
});
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationBody>;

export const decisionBody = z
  .strictObject({ decision: z.enum(['verify', 'reject']), reason: textSchema(LIMITS.shortTextMax).optional() })
  .refine((b) => b.decision === 'verify' || !!b.reason, { message: 'validation.reason_required', path: ['reason'] });

export const listOrganisationsQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  type: z.enum(ORGANISATION_TYPES).optional(),
  emirate: z.enum(EMIRATES).optional(),
});

export const adminListQuery = listOrganisationsQuery.extend({ status: z.enum(ORGANISATION_STATUSES).optional() });

export const orgParams = z.object({ orgId: z.uuid() });
export const memberParams = z.object({ orgId: z.uuid(), userId: z.uuid() });
export const invitationParams = z.object({ orgId: z.uuid(), invitationId: z.uuid() });

export const roleBody = z.strictObject({ role: z.enum(MEMBER_ROLES) });
export const inviteBody = z.strictObject({ email: emailSchema, role: z.enum(MEMBER_ROLES).default('member') });
