import { z } from 'zod';
import { LOCALES, LIMITS, PLATFORM_ROLES, TOKEN_SCOPES, emailSchema, nameSchema, passwordSchema } from '../../../../../packages/shared/src/index.ts';
import { pageQuery } from '../../platform/http/pagination.ts';

export const signUpBody = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: nameSchema(),
  locale: z.enum(LOCALES).default('ar'),
});
export type SignUpInput = z.infer<typeof signUpBody>;

// Sign-in does not re-apply the password policy: old passwords must still work.
export const signInBody = z.strictObject({ email: emailSchema, password: z.string().min(1).max(LIMITS.passwordMax) });
export const changePasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(LIMITS.passwordMax), newPassword: passwordSchema });
export const resetRequestBody = z.strictObject({ email: emailSchema });
export const resetConfirmBody = z.strictObject({ token: z.string().min(20).max(200), newPassword: passwordSchema });
export const actingBody = z.strictObject({ actingOrganisationId: z.uuid().nullable() });
export const updateMeBody = z.strictObject({ displayName: nameSchema().optional(), locale: z.enum(LOCALES).optional() });

export const createTokenBody = z.strictObject({
  name: nameSchema(LIMITS.tokenNameMax),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(TOKEN_SCOPES.length),
  expiresInDays: z.number().int().min(1).max(365).optional(),
  organisationId: z.uuid().nullable().optional(),
});
export type CreateTokenInput = z.infer<typeof createTokenBody>;

export const tokenParams = z.object({ tokenId: z.uuid() });
export const userParams = z.object({ userId: z.uuid() });
export const adminUsersQuery = pageQuery.extend({ q: z.string().trim().max(100).optional(), platformRole: z.enum(PLATFORM_ROLES).optional() });
export const platformRoleBody = z.strictObject({ platformRole: z.enum(PLATFORM_ROLES).nullable() });
