import { memberRoleAtLeast } from '../../../../../packages/shared/src/index.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import { roleIn, type Actor } from '../../platform/http/context.ts';
import type { InitiativeRow } from '../../platform/db/schema.ts';
import { PUBLIC_INITIATIVE_STATUSES } from '../../../../../packages/shared/src/index.ts';

const STAFF = new Set(['admin', 'reviewer', 'verifier']);

/** Platform staff who review initiatives. */
export function isReviewer(actor: Actor | null): boolean {
  return actor?.platformRole === 'admin' || actor?.platformRole === 'reviewer';
}

/** Members of the organisation and platform staff see everything about an initiative. */
export function isInsider(actor: Actor | null, i: InitiativeRow): boolean {
  return roleIn(actor, i.organisation_id) !== null || (!!actor?.platformRole && STAFF.has(actor.platformRole));
}

/** Public initiatives are visible to all; others only to insiders (404 otherwise). */
export function assertCanView(actor: Actor | null, i: InitiativeRow | undefined): asserts i is InitiativeRow {
  if (!i || !((PUBLIC_INITIATIVE_STATUSES as readonly string[]).includes(i.status) || isInsider(actor, i))) throw new NotFoundError();
}

/** Managers and owners of the organisation edit its initiatives. */
export function assertCanManage(actor: Actor | null, orgId: string): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  const role = roleIn(actor, orgId);
  if (!role) {
    if (actor.platformRole && STAFF.has(actor.platformRole)) throw new ForbiddenError();
    throw new NotFoundError();
  }
  if (!memberRoleAtLeast(role, 'manager')) throw new ForbiddenError();
}
