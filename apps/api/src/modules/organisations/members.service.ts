import type { MemberRole } from '../../../../../packages/shared/src/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { assertCanGrant, assertMemberRole } from './organisations.policy.ts';
import * as repo from './organisations.repository.ts';

export interface MemberView {
  userId: string;
  displayName: string;
  email: string;
  role: MemberRole;
  createdAt: string;
}

/** Members of an organisation (any member; admins and verifiers too). */
export async function listMembers(db: Db, ctx: RequestContext, orgId: string): Promise<{ items: MemberView[] }> {
  const actor = ctx.actor;
  if (!(actor?.platformRole === 'admin' || actor?.platformRole === 'verifier')) assertMemberRole(actor, orgId, 'member');
  const rows = await repo.listMembers(db, orgId);
  return {
    items: rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email, role: r.role as MemberRole, createdAt: r.created_at })),
  };
}

/** Changes a member's role (owners only); an organisation always keeps at least one owner. */
export async function changeMemberRole(db: Db, ctx: RequestContext, orgId: string, userId: string, role: MemberRole): Promise<MemberView> {
  assertMemberRole(ctx.actor, orgId, 'owner', true);
  assertCanGrant(ctx.actor, orgId, role);
  return withTransaction(db, async (trx) => {
    const current = await repo.findMembership(trx, orgId, userId);
    if (!current) throw new NotFoundError('organisation.not_a_member', 'That person is not a member.');
    if (current.role === 'owner' && role !== 'owner' && (await repo.countOwners(trx, orgId)) <= 1) {
      throw new ConflictError('organisation.last_owner', 'An organisation needs at least one owner.');
    }
    await repo.updateMembershipRole(trx, orgId, userId, role);
    await recordAudit(trx, ctx, { action: 'membership.role_change', entityType: 'membership', entityId: `${orgId}:${userId}`, before: { role: current.role }, after: { role }, organisationId: orgId });
    const member = (await repo.listMembers(trx, orgId)).find((m) => m.user_id === userId)!;
    return { userId, displayName: member.display_name, email: member.email, role, createdAt: member.created_at };
  });
}

/**
 * Removes a member. Owners may remove anyone; every member may remove themself (leave). The last
 * owner can do neither: hand ownership over first.
 */
export async function removeMember(db: Db, ctx: RequestContext, orgId: string, userId: string): Promise<void> {
  const self = ctx.actor?.userId === userId;
  assertMemberRole(ctx.actor, orgId, self ? 'member' : 'owner', !self);
  await withTransaction(db, async (trx) => {
    const current = await repo.findMembership(trx, orgId, userId);
    if (!current) throw new NotFoundError('organisation.not_a_member', 'That person is not a member.');
    if (current.role === 'owner' && (await repo.countOwners(trx, orgId)) <= 1) {
      throw new ConflictError('organisation.last_owner', 'An organisation needs at least one owner.');
    }
    await repo.deleteMembership(trx, orgId, userId);
    await recordAudit(trx, ctx, { action: self ? 'membership.leave' : 'membership.remove', entityType: 'membership', entityId: `${orgId}:${userId}`, before: { role: current.role }, after: null, organisationId: orgId });
  });
}
