import { randomUUID } from 'node:crypto';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './knowledge.repository.ts';
import { findNeedWithOwner, findUserByEmail, findUserContact } from './needs.repository.ts';
import { presentMentorship } from './knowledge.presenter.ts';
import { actorOf, assertOrgRole } from './knowledge.policy.ts';
import type { MentorshipInput } from './knowledge.schemas.ts';

const unknown = (path: string, message: string) =>
  new ValidationError(message, { fields: [{ path, code: 'validation.unknown_reference', message }] });

/** The organisation's knowledge need `needId`, or a 400 naming the field. */
export async function knowledgeNeedOf(trx: DbOrTrx, orgId: string, needId: string, path = 'needId') {
  const need = await findNeedWithOwner(trx, needId);
  if (!need || need.organisation_id !== orgId || need.kind !== 'knowledge') throw unknown(path, 'Not a knowledge need of this organisation.');
  return need;
}

/** An active account by id or email, or a 400 naming the field. */
export async function existingUser(trx: DbOrTrx, ref: { id?: string | null; email?: string | null }, path: string) {
  const user = ref.id ? await findUserContact(trx, ref.id) : ref.email ? await findUserByEmail(trx, ref.email) : undefined;
  if (!user || ('disabled_at' in user && user.disabled_at)) throw unknown(path, 'No Ataa account matches.');
  return user;
}

/**
 * A manager pairs a mentor (an Ataa account) with mentees (names only: mentees are often
 * students or residents without an account) under one of the organisation's knowledge needs.
 */
export async function createMentorship(db: Db, ctx: RequestContext, orgId: string, input: MentorshipInput) {
  assertOrgRole(ctx, orgId, 'manager');
  return withTransaction(db, async (trx) => {
    const need = await knowledgeNeedOf(trx, orgId, input.needId);
    if (!['approved', 'active'].includes(need.initiative_status)) throw new ConflictError('contribution.initiative_not_open', 'The initiative is not live.');
    const mentor = await existingUser(trx, { id: input.mentorUserId, email: input.mentorEmail }, input.mentorUserId ? 'mentorUserId' : 'mentorEmail');
    const now = nowIso();
    const row = {
      id: randomUUID(), organisation_id: orgId, need_id: need.id, mentor_user_id: mentor.id, mentee_user_ids: '[]', mentee_names: JSON.stringify(input.menteeNames),
      topic_ar: input.topicAr ?? null, topic_en: input.topicEn ?? null, status: 'active', ended_by: null, ended_at: null, end_reason: null, created_at: now, updated_at: now,
    };
    await repo.insertMentorship(trx, row);
    // Mentees' names stay out of the audit log: counting them is enough to follow the change.
    await recordAudit(trx, ctx, { action: 'mentorship.create', entityType: 'mentorship', entityId: row.id, after: { needId: need.id, mentorUserId: mentor.id, mentees: input.menteeNames.length }, organisationId: orgId });
    return presentMentorship({ ...row, mentor_name: mentor.display_name }, []);
  });
}

async function withSessions(db: Db, rows: Awaited<ReturnType<typeof repo.listMentorships>>) {
  const sessions = await repo.sessionsOfMentorships(db, rows.map((m) => m.id));
  return { items: rows.map((m) => presentMentorship(m, sessions.filter((s) => s.mentorship_id === m.id))) };
}

/** The organisation's mentorships with their sessions (the route's gate checked membership). */
export async function organisationMentorships(db: Db, orgId: string) {
  return withSessions(db, await repo.listMentorships(db, { organisationId: orgId }));
}

/** The mentorships the person mentors, with their sessions. */
export async function myMentorships(db: Db, ctx: RequestContext) {
  return withSessions(db, await repo.listMentorships(db, { mentorUserId: actorOf(ctx).userId }));
}

/** 409 `mentorship.ended`: an ended mentorship takes no new sessions. */
export function assertMentorshipActive(m: { status: string }): void {
  if (m.status !== 'active') throw new ConflictError('mentorship.ended', 'This mentorship has ended: it takes no new sessions.', { status: m.status });
}

/**
 * A manager ends a mentorship (with an optional reason). It then takes no new sessions; sessions
 * already reported can still be confirmed or rejected. Ending it again is 409 `mentorship.ended`.
 */
export async function endMentorship(db: Db, ctx: RequestContext, mentorshipId: string, reason: string | null) {
  return withTransaction(db, async (trx) => {
    const m = await repo.lockMentorship(trx, mentorshipId);
    if (!m) throw new NotFoundError();
    const actor = assertOrgRole(ctx, m.organisation_id, 'manager');
    assertMentorshipActive(m);
    const now = nowIso();
    if (!(await repo.endMentorship(trx, m.id, actor.userId, now, reason))) throw new ConflictError('mentorship.ended', 'This mentorship has just been ended.');
    await recordAudit(trx, ctx, { action: 'mentorship.end', entityType: 'mentorship', entityId: m.id, before: { status: m.status }, after: { status: 'ended', reason }, organisationId: m.organisation_id });
    return presentMentorship((await repo.findMentorshipView(trx, m.id))!, await repo.sessionsOfMentorships(trx, [m.id]));
  });
}
