// Organisers decide on attendance: verified or adjusted hours become one `time` contribution in
// the ledger (through recordGiven, the one path), rejected hours become nothing.
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.ts';
import { recordAudit } from '../audit/index.ts';
import { recordGiven, type LedgerWriter } from '../contributions/index.ts';
import * as arepo from './attendance.repository.ts';
import { OPEN_STATUSES, type AttendanceDetail } from './attendance.repository.ts';
import { presentAttendance, timesOf, type AttendanceView } from './attendance.presenter.ts';
import type { DecisionInput } from './attendance.schemas.ts';
import { dubaiDay, minutesOf } from './flags.ts';
import { assertManager } from './volunteering.service.ts';

/** Open records that carry no flag: verifying one needs no reason. */
const UNFLAGGED = ['present', 'claimed'] as const;
const isOpen = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);
const alreadyDecided = (status: string) => new ConflictError('attendance.already_decided', 'These hours have already been decided.', { status });

/**
 * Records `minutes` of the record as one confirmed `time` contribution and marks the record
 * verified in the same ledger transaction. The source `attendance:<id>` makes it idempotent:
 * asked again (twice, or at the same time), the ledger answers the first contribution and the
 * record is not touched again. If the record was decided meanwhile (rejected by someone else),
 * the callback refuses and the ledger entry is rolled back with it.
 */
async function giveHours(writer: LedgerWriter, ctx: RequestContext, a: AttendanceDetail, minutes: number, reason: string | null, adjusted: boolean) {
  if (!a.need_id) throw new ConflictError('attendance.no_time_need', 'This opportunity has no time need to count the hours towards.');
  return recordGiven(writer, ctx, {
    source: `attendance:${a.id}`, needId: a.need_id, contributorUserId: a.user_id, kind: 'time', amount: { minutes }, day: dubaiDay(a.starts_at),
  }, async (trx, contributionId) => {
    // The contribution is dated by the shift's day as read before this transaction. A move of the
    // shift that committed meanwhile could have changed that day: refuse (the entry is rolled
    // back) rather than date the hours wrongly. Holding this share lock, no move can start now.
    const times = await arepo.shiftTimesForDecision(trx, a.shift_id);
    if (!times || dubaiDay(times.starts_at) !== dubaiDay(a.starts_at)) throw new ConflictError('attendance.shift_moved', 'The shift was moved while you were deciding; look at these hours again.');
    const now = nowIso();
    // Without a reason only an unflagged record is verified: one flagged meanwhile (a later claim
    // overlapping it) needs its own decision with a reason, like any flagged record.
    const done = await arepo.decideIfOpen(trx, a.id, { status: 'verified', verified_minutes: minutes, decided_by: ctx.actor!.userId, decided_at: now, decision_reason: reason, contribution_id: contributionId, updated_at: now }, reason ? OPEN_STATUSES : UNFLAGGED);
    if (!done) {
      const status = (await arepo.findAttendanceDetail(trx, a.id))?.status;
      if (status === 'flagged') throw new ConflictError('attendance.flagged', 'These hours were flagged meanwhile: verify them on their own, with a reason.');
      throw alreadyDecided('decided');
    }
    await recordAudit(trx, ctx, {
      action: adjusted ? 'attendance.adjust' : 'attendance.verify', entityType: 'shift_attendance', entityId: a.id, organisationId: a.organisation_id,
      before: { status: a.status, minutes: minutesOf(timesOf(a)) }, after: { status: 'verified', minutes, reason, contributionId },
    });
  });
}

/**
 * Verify (the recorded minutes: the organiser's check-in to check-out, else the claim), adjust
 * (the minutes given, with a reason) or reject (with a reason) one record. Verifying a verified
 * record again answers the same contribution (200); any other decision on a decided record is 409.
 */
export async function decide(db: Db, writer: LedgerWriter, ctx: RequestContext, id: string, input: DecisionInput): Promise<AttendanceView & { valueFils: number | null }> {
  const a = await arepo.findAttendanceDetail(db, id);
  if (!a) throw new NotFoundError();
  assertManager(ctx, a.organisation_id);
  const reason = input.reason || null;
  if (a.status === 'verified' && input.action === 'verify') {
    const again = await giveHours(writer, ctx, a, a.verified_minutes ?? 0, reason, false);
    return { ...presentAttendance(a), valueFils: again.valueFils };
  }
  if (!isOpen(a.status)) throw alreadyDecided(a.status);
  if (input.action === 'reject') {
    return withTransaction(db, async (trx) => {
      const now = nowIso();
      if (!(await arepo.decideIfOpen(trx, id, { status: 'rejected', decided_by: ctx.actor!.userId, decided_at: now, decision_reason: reason, updated_at: now }))) throw alreadyDecided('decided');
      await recordAudit(trx, ctx, { action: 'attendance.reject', entityType: 'shift_attendance', entityId: id, organisationId: a.organisation_id, before: { status: a.status }, after: { status: 'rejected', reason } });
      return { ...presentAttendance((await arepo.findAttendanceDetail(trx, id))!), valueFils: null };
    });
  }
  // A flagged record looked implausible: whoever verifies it as it is says why.
  if (input.action === 'verify' && a.status === 'flagged' && !reason) throw new ValidationError('Say why these hours are right despite the flags.', { fields: [{ path: 'reason', code: 'validation.reason_required', message: 'A reason is required for a flagged record.' }] });
  const minutes = input.action === 'adjust' ? input.minutes! : minutesOf(timesOf(a));
  if (!minutes) throw new ConflictError('attendance.no_minutes', 'There is no complete time span to verify; adjust with the minutes instead.');
  const r = await giveHours(writer, ctx, a, minutes, reason, input.action === 'adjust');
  return { ...presentAttendance((await arepo.findAttendanceDetail(db, id))!), valueFils: r.valueFils };
}

/**
 * Verifies many records of one organisation at once (one ledger transaction for all of them,
 * thanks to the writer's group commit). Flagged records are skipped: each needs its own reason.
 * Skipped ones say why with an error code; already verified ones are skipped as decided.
 */
export async function bulkVerify(db: Db, writer: LedgerWriter, ctx: RequestContext, orgId: string, ids: string[]) {
  assertManager(ctx, orgId);
  const verified = new Set<string>();
  const skipped: { id: string; code: string }[] = [];
  const unique = [...new Set(ids)];
  await Promise.all(unique.map(async (id) => {
    const a = await arepo.findAttendanceDetail(db, id);
    const minutes = a ? minutesOf(timesOf(a)) : null;
    const why = !a || a.organisation_id !== orgId ? 'not_found'
      : !isOpen(a.status) ? 'attendance.already_decided'
      : a.status === 'flagged' ? 'attendance.flagged'
      : !minutes ? 'attendance.no_minutes'
      : null;
    if (why) return void skipped.push({ id, code: why });
    try {
      await giveHours(writer, ctx, a!, minutes!, null, false);
      verified.add(id);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      skipped.push({ id, code: err.code });
    }
  }));
  const order = (x: string) => unique.indexOf(x);
  return { verified: unique.filter((id) => verified.has(id)), skipped: skipped.sort((x, y) => order(x.id) - order(y.id)) };
}

/** An organisation's hours, awaiting a decision (`pending`) or by status, with who, when and what. */
export async function listAttendance(db: Db, orgId: string, query: PageQuery & { status?: string }): Promise<Page<ReturnType<typeof presentListItem>>> {
  const statuses = query.status === 'pending' ? OPEN_STATUSES : query.status ? [query.status] : null;
  const { rows, total } = await arepo.listOrgAttendance(db, orgId, statuses, query.pageSize, offsetOf(query));
  return { items: rows.map(presentListItem), page: query.page, pageSize: query.pageSize, total };
}

type ListRow = Awaited<ReturnType<typeof arepo.listOrgAttendance>>['rows'][number];
function presentListItem(r: ListRow) {
  const span = (a: string | null, b: string | null) => (a && b && b > a ? Math.round((Date.parse(b) - Date.parse(a)) / 60_000) : null);
  return {
    ...presentAttendance(r),
    claimedAt: r.claimed_at,
    organiserMinutes: span(r.checked_in_at, r.checked_out_at),
    claimedMinutes: span(r.claimed_start_at, r.claimed_end_at),
    volunteer: { userId: r.user_id, displayName: r.display_name },
    shift: { id: r.shift_id, startsAt: r.starts_at, endsAt: r.ends_at },
    opportunity: { id: r.opportunity_id, titleAr: r.title_ar, titleEn: r.title_en },
  };
}
