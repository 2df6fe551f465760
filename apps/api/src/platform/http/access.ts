import type { MemberRole, PlatformRole } from '../../../../../packages/shared/src/index.ts';
import { memberRoleAtLeast } from '../../../../../packages/shared/src/index.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import { roleIn, type Actor } from './context.ts';

/**
 * Who may call a route: declared on every route as `config.access` and enforced before the body
 * is validated or any data is loaded. Services still make the fine-grained decision (which
 * record, which transition); this is the coarse gate that a route-enumeration test checks.
 */
export type Access =
  /** Anyone, signed in or not. */
  | { kind: 'public' }
  /** Any signed-in person. */
  | { kind: 'user' }
  /** Platform staff with one of these roles. */
  | { kind: 'platform'; roles: readonly PlatformRole[] }
  /**
   * Members of the organisation named by the `:orgId` path parameter with at least `minRole`;
   * platform staff in `platformRoles` pass too (read-everything verifiers, admins).
   */
  | { kind: 'organisation'; minRole: MemberRole; platformRoles?: readonly PlatformRole[] };

export const PUBLIC: Access = { kind: 'public' };
export const USER: Access = { kind: 'user' };
export const platform = (...roles: PlatformRole[]): Access => ({ kind: 'platform', roles });
export const orgRole = (minRole: MemberRole, ...platformRoles: PlatformRole[]): Access => ({
  kind: 'organisation',
  minRole,
  platformRoles,
});

/**
 * Throws the error a caller without access gets: 401 when not signed in, 404 when the
 * organisation is not theirs (never reveal it exists), 403 when visible but not allowed.
 */
export function enforceAccess(access: Access, actor: Actor | null, params: Record<string, string>): void {
  if (access.kind === 'public') return;
  if (!actor) throw new UnauthenticatedError();
  if (access.kind === 'user') return;
  if (access.kind === 'platform') {
    if (actor.platformRole && access.roles.includes(actor.platformRole)) return;
    throw new ForbiddenError();
  }
  if (actor.platformRole && access.platformRoles?.includes(actor.platformRole)) return;
  const orgId = params.orgId;
  const role = orgId ? roleIn(actor, orgId) : null;
  if (!role) throw new NotFoundError();
  if (!memberRoleAtLeast(role, access.minRole)) throw new ForbiddenError();
}
