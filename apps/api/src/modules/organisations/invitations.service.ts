import { randomUUID } from 'node:crypto';
import type { MemberRole } from '../../../../../packages/shared/src/index.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { queueMessage } from '../outbox/index.ts';
import { assertCanGrant, assertMemberRole } from './organisations.policy.ts';
import { presentInvitation } from './organisations.presenter.ts';
import * as repo from './organisations.repository.ts';

const INVITATION_DAYS = 14;

const orgName = (o: { name_ar: string | null; name_en: string | null }) => ({ ar: o.name_ar ?? o.name_en ?? '', en: o.name_en ?? o.name_ar ?? '' });

/** Invites a person by email (managers and owners; only owners invite owners). */
export async function invite(db: Db, config: Config, ctx: RequestContext, orgId: string, email: string, role: MemberRole) {
  assertMemberRole(ctx.actor, orgId, 'manager', true);
  assertCanGrant(ctx.actor, orgId, role);
  const now = nowIso();
  return withTransaction(db, async (trx) => {
    const org = await repo.findOrganisation(trx, orgId);
    if (!org) throw new NotFoundError();
    if (await repo.isMemberByEmail(trx, orgId, email)) {
      throw new ConflictError('membership.already_member', 'That person is already a member.');
    }
    if (await repo.findPendingInvitation(trx, orgId, email, now)) {
      throw new ConflictError('invitation.already_pending', 'An invitation to that address is already pending.');
    }
    const expires = new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString();
    const row = { id: randomUUID(), organisation_id: orgId, email, role, invited_by: ctx.actor!.userId, created_at: now, expires_at: expires, status: 'pending', decided_at: null };
    await repo.insertInvitation(trx, row);
    const name = orgName(org);
    await queueMessage(trx, {
      to: email,
      kind: 'invitation',
      locale: 'ar',
      subject: `دعوة للانضمام إلى ${name.ar} | Invitation to join ${name.en}`,
      text:
        `دعاك ${ctx.actor!.displayName} للانضمام إلى ${name.ar} على منصة عطاء.\n` +
        `سجّل الدخول أو أنشئ حساباً بهذا البريد ثم افتح: ${config.publicUrl}/me\n\n` +
        `${ctx.actor!.displayName} invited you to join ${name.en} on Ataa.\n` +
        `Sign in or create an account with this email, then open: ${config.publicUrl}/me\n`,
    });
    await recordAudit(trx, ctx, { action: 'invitation.create', entityType: 'invitation', entityId: row.id, after: { email, role }, organisationId: orgId });
    return presentInvitation(row);
  });
}

/** An organisation's invitations (managers and owners). */
export async function listInvitations(db: Db, ctx: RequestContext, orgId: string) {
  assertMemberRole(ctx.actor, orgId, 'manager', true);
  const rows = await repo.listInvitationsOfOrganisation(db, orgId);
  return { items: rows.map(presentInvitation) };
}

/** Withdraws a pending invitation. */
export async function revokeInvitation(db: Db, ctx: RequestContext, orgId: string, invitationId: string): Promise<void> {
  assertMemberRole(ctx.actor, orgId, 'manager', true);
  await withTransaction(db, async (trx) => {
    const inv = await repo.findInvitation(trx, invitationId);
    if (!inv || inv.organisation_id !== orgId) throw new NotFoundError();
    if (!(await repo.decideInvitation(trx, inv.id, 'revoked', nowIso()))) {
      throw new ConflictError('invitation.not_pending', 'The invitation is no longer pending.');
    }
    await recordAudit(trx, ctx, { action: 'invitation.revoke', entityType: 'invitation', entityId: inv.id, before: { status: inv.status }, after: { status: 'revoked' }, organisationId: orgId });
  });
}

/** Pending invitations addressed to the signed-in person's email. */
export async function myInvitations(db: Db, ctx: RequestContext) {
  const rows = await repo.listPendingInvitationsForEmail(db, ctx.actor!.email, nowIso());
  return {
    items: rows.map((r) => ({
      id: r.id,
      organisation: { id: r.organisation_id, nameAr: r.name_ar, nameEn: r.name_en },
      role: r.role as MemberRole,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
    })),
  };
}

/** Accepts or declines an invitation addressed to the actor's email. */
export async function answerInvitation(db: Db, ctx: RequestContext, invitationId: string, accept: boolean): Promise<void> {
  const actor = ctx.actor!;
  await withTransaction(db, async (trx) => {
    const inv = await repo.findInvitation(trx, invitationId);
    if (!inv) throw new NotFoundError();
    if (inv.email !== actor.email) throw new NotFoundError('invitation.wrong_email', 'This invitation was sent to another address.');
    const now = nowIso();
    if (inv.status !== 'pending' || inv.expires_at <= now || !(await repo.decideInvitation(trx, inv.id, accept ? 'accepted' : 'declined', now))) {
      throw new ConflictError('invitation.not_pending', 'The invitation is no longer pending.');
    }
    if (accept) {
      try {
        await repo.insertMembership(trx, { organisation_id: inv.organisation_id, user_id: actor.userId, role: inv.role, created_at: now });
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError('membership.already_member', 'You are already a member.');
        throw err;
      }
    }
    await recordAudit(trx, ctx, { action: accept ? 'invitation.accept' : 'invitation.decline', entityType: 'invitation', entityId: inv.id, before: { status: 'pending' }, after: { status: accept ? 'accepted' : 'declined', role: inv.role }, organisationId: inv.organisation_id });
  });
}

