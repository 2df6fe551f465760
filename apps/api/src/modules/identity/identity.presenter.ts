import { z } from 'zod';
import { MEMBER_ROLES, ORGANISATION_STATUSES, ORGANISATION_TYPES, PLATFORM_ROLES } from '../../../../../packages/shared/src/index.ts';
import type { UserRow } from '../../platform/db/schema.ts';

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.string(),
  platformRole: z.enum(PLATFORM_ROLES).nullable(),
});
export type UserView = z.infer<typeof userView>;

export const adminUserView = userView.extend({ createdAt: z.string(), disabledAt: z.string().nullable() });

export const sessionView = z.object({
  user: userView.nullable(),
  csrfToken: z.string().nullable(),
  actingOrganisationId: z.string().nullable(),
  memberships: z.array(
    z.object({
      organisationId: z.string(),
      role: z.enum(MEMBER_ROLES),
      organisation: z.object({
        id: z.string(),
        nameAr: z.string().nullable(),
        nameEn: z.string().nullable(),
        status: z.enum(ORGANISATION_STATUSES),
        type: z.enum(ORGANISATION_TYPES),
      }),
    }),
  ),
});
export type SessionView = z.infer<typeof sessionView>;

/** The person as they and the UI see themselves (never the password hash). */
export function presentUser(u: Pick<UserRow, 'id' | 'email' | 'display_name' | 'locale' | 'platform_role'>): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    locale: u.locale,
    platformRole: u.platform_role as UserView['platformRole'],
  };
}

/** The person as admins see them in the users list. */
export function presentAdminUser(u: UserRow): z.infer<typeof adminUserView> {
  return { ...presentUser(u), createdAt: u.created_at, disabledAt: u.disabled_at };
}
