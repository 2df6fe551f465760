import { z } from 'zod';
import { textSchema } from '../../../../../packages/shared/src/index.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { iso } from './volunteering.schemas.ts';

export const attendanceParams = z.object({ attendanceId: z.uuid() });

/** A decision needs words when it departs from what was recorded. */
const reason = textSchema(500);

/**
 * The organiser marks someone on the roster: check in or out now (or at `at`), or set both times
 * at once (corrections after the event). Implausible times are stored and flagged, not refused.
 */
export const markBody = z.strictObject({
  userId: z.uuid(),
  action: z.enum(['check_in', 'check_out', 'set']),
  at: iso.optional(),
  checkedInAt: iso.optional(),
  checkedOutAt: iso.nullable().optional(),
}).refine((b) => b.action !== 'set' || !!b.checkedInAt, { message: 'validation.required', path: ['checkedInAt'] })
  .refine((b) => b.action === 'set' || (b.checkedInAt === undefined && b.checkedOutAt === undefined), { message: 'validation.invalid_value', path: ['action'] });
export type MarkInput = z.infer<typeof markBody>;

/** The volunteer enters the code shown on site (or scans its QR code). */
export const checkInBody = z.strictObject({
  code: z.string().max(40),
  action: z.enum(['in', 'out']).default('in'),
});

/**
 * Hours reported by the volunteer after the shift. An end before the start is not refused here:
 * it is stored and flagged (`checkout_before_checkin`) so the organiser sees what was claimed.
 */
export const hoursBody = z.strictObject({
  startedAt: iso,
  endedAt: iso,
  note: textSchema(500).nullable().optional(),
});

/** A decision on one attendance record (reason: adjust and reject; verify when flagged, checked later). */
export const decisionBody = z.strictObject({
  action: z.enum(['verify', 'adjust', 'reject']),
  /** Only with `adjust`: the minutes that count. */
  minutes: z.number().int().min(1).max(24 * 60).optional(),
  reason: reason.optional(),
}).refine((b) => b.action !== 'adjust' || b.minutes !== undefined, { message: 'validation.required', path: ['minutes'] })
  .refine((b) => b.action === 'adjust' || b.minutes === undefined, { message: 'validation.invalid_value', path: ['minutes'] })
  .refine((b) => b.action === 'verify' || !!b.reason, { message: 'validation.reason_required', path: ['reason'] });
export type DecisionInput = z.infer<typeof decisionBody>;

export const bulkVerifyBody = z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) });

export const ATTENDANCE_STATUSES = ['present', 'claimed', 'flagged', 'verified', 'rejected'] as const;
/** `pending` = everything still awaiting a decision (present, claimed, flagged). */
export const attendanceListQuery = pageQuery.extend({ status: z.enum([...ATTENDANCE_STATUSES, 'pending']).optional() });
