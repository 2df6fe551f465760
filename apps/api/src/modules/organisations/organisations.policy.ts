import { memberRoleAtLeast, type MemberRole } from '../../../../../packages/shared/src/index.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import { roleIn, type Actor } from '../../platform/http/context.ts';
import type { OrganisationRow } from '../../platform/db/schema.ts';

const STAFF = new Set(['admin', 'reviewer', 'verifier']);

/** Platform staff see every organisation, verified or not. */
export function isStaff(actor: Actor | null): boolean {
  return !!actor?.platformRole && STAFF.has(actor.platformRole);
}

/** Verified organisations are public; others only to their members and platform staff. */
export function canView(actor: Actor | null, org: OrganisationRow): boolean {
  return org.status === 'verified' || isStaff(actor) || roleIn(actor, org.id) !== null;
}

/** Throws 404 unless the actor may see the organisation. */
export function assertCanView(actor: Actor | null, org: OrganisationRow | undefined): asserts org is OrganisationRow {
  if (!org || !canView(actor, org)) throw new NotFoundError();
}

/**
 * Throws unless the actor holds at least `min` in the organisation (admins pass when
 * `adminPasses`). Non-members get 404 (it is not theirs), weaker members 403.
 */
export function assertMemberRole(actor: Actor | null, orgId: string, min: MemberRole, adminPasses = false): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (adminPasses && actor.platformRole === 'admin') return;
  const role = roleIn(actor, orgId);
  if (!role) {
    if (isStaff(actor)) throw new ForbiddenError();
    throw new NotFoundError();
  }
  if (!memberRoleAtLeast(role, min)) throw new ForbiddenError();
}

/** Only platform admins verify or reject organisations. */
export function assertCanDecide(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (actor.platformRole !== 'admin') throw new ForbiddenError();
}

/** Only owners grant or take away the owner role. */
export function assertCanGrant(actor: Actor, orgId: string, role: MemberRole): void {
  if (role === 'owner' && roleIn(actor, orgId) !== 'owner' && actor.platformRole !== 'admin') {
    throw new ForbiddenError('organisation.owner_required', 'Only an owner can grant the owner role.');
  }
}
