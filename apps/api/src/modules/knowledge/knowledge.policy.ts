import { memberRoleAtLeast, type MemberRole } from '../../../../../packages/shared/src/index.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import { roleIn, type Actor, type RequestContext } from '../../platform/http/context.ts';

/** The signed-in person, or 401. */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor;
}

/**
 * Checks the actor's role in the organisation that owns a record reached by its own id (routes
 * keyed by `:orgId` are gated by `orgRole` already): 404 to outsiders, so a record's existence is
 * not revealed, and 403 to members whose role is too low.
 */
export function assertOrgRole(ctx: RequestContext, orgId: string, min: MemberRole): Actor {
  const actor = actorOf(ctx);
  const role = roleIn(actor, orgId);
  if (!role) throw new NotFoundError();
  if (!memberRoleAtLeast(role, min)) throw new ForbiddenError();
  return actor;
}

/** Whether the actor is a member of the organisation (any role). */
export function isMember(actor: Actor, orgId: string): boolean {
  return roleIn(actor, orgId) !== null;
}

/** Whether the actor may manage the organisation's records (manager or owner). */
export function isManager(actor: Actor, orgId: string): boolean {
  const role = roleIn(actor, orgId);
  return !!role && memberRoleAtLeast(role, 'manager');
}
