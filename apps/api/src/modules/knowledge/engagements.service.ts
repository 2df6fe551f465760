import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { recordGiven, type LedgerWriter } from '../contributions/index.ts';
import { queueMessage } from '../outbox/index.ts';
import { dubaiDate } from './dates.ts';
import * as repo from './expertise.repository.ts';
import { presentEngagement, presentLog } from './knowledge.presenter.ts';
import { actorOf, assertOrgRole, isMember } from './knowledge.policy.ts';
import type { LogInput } from './knowledge.schemas.ts';
import { engagementCancelledByExpert, engagementCancelledByOrganisation, engagementSignedOff, type NoticeSubject } from './notices.ts';

/** What notices about an engagement name: its organisation and its need (or initiative). */
const subjectOf = (e: repo.EngagementView): NoticeSubject => ({
  orgAr: e.org_name_ar, orgEn: e.org_name_en, titleAr: e.need_title_ar ?? e.initiative_title_ar, titleEn: e.need_title_en ?? e.initiative_title_en,
});

/** The engagement if the actor is its expert or a member of its organisation; otherwise 404. */
async function visibleEngagement(db: Db, ctx: RequestContext, id: string) {
  const actor = actorOf(ctx);
  const e = await repo.findEngagement(db, id);
  if (!e || (e.expert_user_id !== actor.userId && !isMember(actor, e.organisation_id))) throw new NotFoundError();
  return e;
}

/** One engagement with its work log and the minutes logged in total. */
export async function getEngagement(db: Db, ctx: RequestContext, id: string) {
  const e = await visibleEngagement(db, ctx, id);
  const logs = await repo.listLogs(db, id);
  return { ...presentEngagement(e), logs: logs.map(presentLog) };
}

/** The engagements the person works on as an expert. */
export async function myEngagements(db: Db, ctx: RequestContext) {
  return { items: (await repo.listEngagements(db, { expertUserId: actorOf(ctx).userId })).map(presentEngagement) };
}

/** The organisation's engagements (the route's `orgRole` gate has checked membership). */
export async function organisationEngagements(db: Db, orgId: string) {
  return { items: (await repo.listEngagements(db, { organisationId: orgId })).map(presentEngagement) };
}

/** The expert logs time worked while the engagement is active. */
export async function addLog(db: Db, ctx: RequestContext, engagementId: string, input: LogInput) {
  const actor = actorOf(ctx);
  return withTransaction(db, async (trx) => {
    // Locked so a log cannot slip in beside a sign-off that is adding up the minutes.
    const e = await repo.lockEngagement(trx, engagementId);
    if (!e) throw new NotFoundError();
    if (e.expert_user_id !== actor.userId) {
      // The organisation can see the engagement but only the expert reports their own hours.
      if (isMember(actor, e.organisation_id)) throw new ForbiddenError('engagement.expert_only', 'Only the expert logs hours on an engagement.');
      throw new NotFoundError();
    }
    if (e.status !== 'active') throw new ConflictError('engagement.not_active', `This engagement is ${e.status}.`, { status: e.status });
    const row = { id: randomUUID(), engagement_id: engagementId, worked_on: input.workedOn, minutes: input.minutes, note: input.note ?? null, created_at: nowIso() };
    await repo.insertLog(trx, row);
    await recordAudit(trx, ctx, { action: 'engagement.log', entityType: 'engagement', entityId: engagementId, after: { logId: row.id, workedOn: row.worked_on, minutes: row.minutes }, organisationId: null });
    return presentLog(row);
  });
}

/**
 * A manager of the organisation signs the engagement off: the minutes logged become exactly one
 * `expertise` contribution at the engagement's level, and the engagement is marked signed off in
 * the same ledger transaction. Signing off again answers the same contribution.
 */
export async function signOff(db: Db, writer: LedgerWriter, ctx: RequestContext, engagementId: string) {
  const e = await repo.findEngagement(db, engagementId);
  if (!e) throw new NotFoundError();
  const actor = assertOrgRole(ctx, e.organisation_id, 'manager');
  if (e.expert_user_id === actor.userId) throw new ForbiddenError('engagement.self_sign_off', 'Someone other than the expert signs the work off.');
  if (e.status === 'signed_off') return { engagement: presentEngagement(e), contributionId: e.contribution_id, created: false };
  if (e.status !== 'active') throw new ConflictError('engagement.not_active', `This engagement is ${e.status}.`, { status: e.status });
  const minutes = Number(e.total_minutes ?? 0);
  if (minutes <= 0) throw new ConflictError('engagement.no_hours', 'No hours have been logged on this engagement yet.');
  const result = await recordGiven(writer, ctx, {
    source: `engagement:${e.id}`, needId: e.need_id, contributorUserId: e.expert_user_id, kind: 'expertise',
    amount: { minutes }, level: e.level, day: dubaiDate(new Date()),
  }, async (trx, contributionId) => {
    const now = nowIso();
    // The update takes the row lock first; only then are the minutes re-counted, so a log that
    // committed after we read the total is seen and refuses the sign-off rather than being lost.
    if (!(await repo.markSignedOff(trx, e.id, actor.userId, now, contributionId))) throw new ConflictError('engagement.not_active', 'This engagement is no longer active.');
    if ((await repo.totalMinutes(trx, e.id)) !== minutes) throw new ConflictError('engagement.hours_changed', 'Hours were logged while signing off; review them and sign off again.');
    await queueMessage(trx, engagementSignedOff(e.expert_email, e.expert_locale, subjectOf(e), minutes));
    await recordAudit(trx, ctx, { action: 'engagement.sign_off', entityType: 'engagement', entityId: e.id, before: { status: 'active' }, after: { status: 'signed_off', minutes, level: e.level, contributionId }, organisationId: e.organisation_id });
  });
  const after = await repo.findEngagement(db, engagementId);
  return { engagement: presentEngagement(after!), contributionId: result.contributionId, created: result.created };
}

/**
 * Cancels an active engagement, with a reason: a manager of its organisation or the expert
 * themself may. The hours logged are kept as a record but never become a contribution (sign-off
 * needs an active engagement), and the other side is told: the expert when the organisation
 * cancels, the organisation's managers when the expert does.
 */
export async function cancelEngagement(db: Db, ctx: RequestContext, engagementId: string, reason: string) {
  const actor = actorOf(ctx);
  return withTransaction(db, async (trx) => {
    // Locked so a log or a sign-off cannot interleave; the guarded update decides the race anyway.
    const row = await repo.lockEngagement(trx, engagementId);
    if (!row) throw new NotFoundError();
    const byExpert = row.expert_user_id === actor.userId;
    if (!byExpert) assertOrgRole(ctx, row.organisation_id, 'manager');
    if (row.status !== 'active') throw new ConflictError('engagement.not_active', `This engagement is ${row.status}.`, { status: row.status });
    const e = (await repo.findEngagement(trx, engagementId))!;
    const now = nowIso();
    if (!(await repo.markCancelled(trx, e.id, actor.userId, now, reason))) throw new ConflictError('engagement.not_active', 'This engagement is no longer active.');
    const minutes = Number(e.total_minutes ?? 0);
    if (byExpert) {
      for (const m of await repo.managerContacts(trx, e.organisation_id)) {
        if (m.id !== actor.userId) await queueMessage(trx, engagementCancelledByExpert(m.email, m.locale, subjectOf(e), e.expert_name, reason));
      }
    } else {
      await queueMessage(trx, engagementCancelledByOrganisation(e.expert_email, e.expert_locale, subjectOf(e), reason));
    }
    await recordAudit(trx, ctx, {
      action: 'engagement.cancel', entityType: 'engagement', entityId: e.id, before: { status: 'active' },
      after: { status: 'cancelled', by: byExpert ? 'expert' : 'organisation', reason, minutesLogged: minutes },
      // The expert acts as a person (like their logs and offers), a manager for the organisation.
      organisationId: byExpert ? null : e.organisation_id,
    });
    return presentEngagement((await repo.findEngagement(trx, engagementId))!);
  });
}
