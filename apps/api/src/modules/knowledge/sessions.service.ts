import { randomUUID } from 'node:crypto';
import { KNOWLEDGE_FORMATS } from '../../../../../packages/shared/src/index.ts';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import type { KnowledgeSessionRow } from '../../platform/db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import { recordAudit } from '../audit/index.ts';
import { recordGiven, type LedgerWriter } from '../contributions/index.ts';
import { dubaiDate } from './dates.ts';
import * as repo from './knowledge.repository.ts';
import { presentSession } from './knowledge.presenter.ts';
import { actorOf, assertOrgRole } from './knowledge.policy.ts';
import type { DecisionInput, MentorshipSessionInput, SessionInput } from './knowledge.schemas.ts';
import { assertMentorshipActive, existingUser, knowledgeNeedOf } from './mentorships.service.ts';

type SessionFields = Omit<MentorshipSessionInput, 'format'> & { format: string };

async function insertReported(trx: DbOrTrx, ctx: RequestContext, orgId: string, at: { needId: string; mentorshipId: string | null; hostUserId: string }, input: SessionFields) {
  const now = nowIso();
  const row: KnowledgeSessionRow = {
    id: randomUUID(), organisation_id: orgId, need_id: at.needId, format: input.format, mentorship_id: at.mentorshipId, host_user_id: at.hostUserId,
    topic_ar: input.topicAr ?? null, topic_en: input.topicEn ?? null, held_at: new Date(input.heldAt).toISOString(), minutes: input.minutes,
    attendee_count: input.attendeeCount, materials_url: input.materialsUrl ?? null, status: 'reported',
    decided_by: null, decided_at: null, decision_reason: null, contribution_id: null, created_by: ctx.actor!.userId, created_at: now, updated_at: now,
  };
  await repo.insertSession(trx, row);
  await recordAudit(trx, ctx, { action: 'session.report', entityType: 'knowledge_session', entityId: row.id, after: { needId: row.need_id, format: row.format, hostUserId: row.host_user_id, minutes: row.minutes, attendeeCount: row.attendee_count }, organisationId: orgId });
  return presentSession(row);
}

/**
 * A manager reports a mentoring, training or workshop session given under one of the
 * organisation's knowledge needs. It waits as `reported` until a manager confirms it.
 */
export async function reportSession(db: Db, ctx: RequestContext, orgId: string, input: SessionInput) {
  const actor = assertOrgRole(ctx, orgId, 'manager');
  return withTransaction(db, async (trx) => {
    const need = await knowledgeNeedOf(trx, orgId, input.needId);
    // Locked (PostgreSQL) so the mentorship cannot end between this check and the insert.
    const mentorship = input.mentorshipId ? await repo.lockMentorship(trx, input.mentorshipId) : null;
    if (input.mentorshipId && (!mentorship || mentorship.organisation_id !== orgId || mentorship.need_id !== need.id)) {
      throw new ValidationError('Not a mentorship of this need.', { fields: [{ path: 'mentorshipId', code: 'validation.unknown_reference', message: 'Not a mentorship of this need.' }] });
    }
    if (mentorship) assertMentorshipActive(mentorship);
    const hostUserId = input.hostUserId ?? mentorship?.mentor_user_id ?? actor.userId;
    await existingUser(trx, { id: hostUserId }, 'hostUserId');
    return insertReported(trx, ctx, orgId, { needId: need.id, mentorshipId: mentorship?.id ?? null, hostUserId }, input);
  });
}

/** The mentor (or a manager of the organisation) reports a session of a mentorship while it is active. */
export async function reportMentorshipSession(db: Db, ctx: RequestContext, mentorshipId: string, input: MentorshipSessionInput) {
  const actor = actorOf(ctx);
  return withTransaction(db, async (trx) => {
    const m = await repo.lockMentorship(trx, mentorshipId);
    if (!m) throw new NotFoundError();
    if (m.mentor_user_id !== actor.userId) assertOrgRole(ctx, m.organisation_id, 'manager');
    assertMentorshipActive(m);
    return insertReported(trx, ctx, m.organisation_id, { needId: m.need_id, mentorshipId: m.id, hostUserId: m.mentor_user_id }, input);
  });
}

/** A page of the organisation's sessions, optionally of one status. */
export async function listSessions(db: Db, orgId: string, status: string | undefined, page: PageQuery) {
  const [rows, count] = await repo.listSessions(db, orgId, status, page.pageSize, offsetOf(page));
  return { items: rows.map(presentSession), page: page.page, pageSize: page.pageSize, total: Number(count.n) };
}

/**
 * A manager confirms a reported session (one `knowledge` contribution for its host, valued per
 * session or per hour as the need counts them) or rejects it with a reason. Confirming again
 * answers the same contribution; a host does not confirm their own session.
 */
export async function decideSession(db: Db, writer: LedgerWriter, ctx: RequestContext, sessionId: string, input: DecisionInput) {
  const s = await repo.findSession(db, sessionId);
  if (!s) throw new NotFoundError();
  const actor = assertOrgRole(ctx, s.organisation_id, 'manager');
  if (input.action === 'confirm' && s.status === 'confirmed') return presentSession(s);
  if (s.status !== 'reported') throw new ConflictError('session.already_decided', `This session is already ${s.status}.`, { status: s.status });
  const decided = (contributionId: string | null) => ({ status: input.action === 'confirm' ? 'confirmed' : 'rejected', decidedBy: actor.userId, at: nowIso(), reason: input.reason ?? null, contributionId });
  const audit = (trx: DbOrTrx, contributionId: string | null) => recordAudit(trx, ctx, {
    action: `session.${input.action}`, entityType: 'knowledge_session', entityId: s.id, before: { status: s.status },
    after: { status: decided(null).status, reason: input.reason ?? null, contributionId }, organisationId: s.organisation_id,
  });
  if (input.action === 'reject') {
    await withTransaction(db, async (trx) => {
      if (!(await repo.decideSession(trx, s.id, decided(null)))) throw new ConflictError('session.already_decided', 'This session has just been decided.');
      await audit(trx, null);
    });
  } else {
    if (s.host_user_id === actor.userId) throw new ForbiddenError('session.self_confirmation', 'Someone other than the host confirms a session.');
    await recordGiven(writer, ctx, {
      source: `session:${s.id}`, needId: s.need_id, contributorUserId: s.host_user_id, kind: 'knowledge',
      amount: s.need_unit === 'sessions' ? { sessions: 1 } : { minutes: s.minutes }, day: dubaiDate(new Date(s.held_at)),
    }, async (trx, contributionId) => {
      // Guarded update: a rejection that won the race rolls this contribution back.
      if (!(await repo.decideSession(trx, s.id, decided(contributionId)))) throw new ConflictError('session.already_decided', 'This session has just been decided.');
      await audit(trx, contributionId);
    });
  }
  return presentSession((await repo.findSession(db, sessionId))!);
}

/** What the organisation's confirmed sessions reached: sessions, attendees and minutes, per format. */
export async function knowledgeOutputs(db: Db, orgId: string) {
  const rows = await repo.outputsByFormat(db, orgId);
  const byFormat = Object.fromEntries(KNOWLEDGE_FORMATS.map((f) => {
    const r = rows.find((x) => x.format === f);
    return [f, { sessions: Number(r?.sessions ?? 0), attendees: Number(r?.attendees ?? 0), minutes: Number(r?.minutes ?? 0) }];
  })) as Record<(typeof KNOWLEDGE_FORMATS)[number], { sessions: number; attendees: number; minutes: number }>;
  const total = (k: 'sessions' | 'attendees' | 'minutes') => Object.values(byFormat).reduce((n, f) => n + f[k], 0);
  return { sessions: total('sessions'), attendees: total('attendees'), minutes: total('minutes'), byFormat };
}
