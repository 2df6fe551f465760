import { z } from 'zod';
import { EXPERTISE_LEVELS, KNOWLEDGE_FORMATS, LIMITS, emailSchema, nameSchema, textSchema } from '../../../../../packages/shared/src/index.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { dubaiDate } from './dates.ts';

/** Free text that must say something (textSchema itself accepts an empty string). */
const requiredText = (max: number) => textSchema(max).refine((s) => s.length > 0, { message: 'validation.required' });
const optionalText = (max: number) => textSchema(max).nullable().optional();
const topic = nameSchema(200).nullable().optional();

// A minute of grace: the browser's clock and ours rarely agree to the second.
const CLOCK_SKEW_MS = 60_000;
const pastInstant = z.iso.datetime({ offset: true, message: 'validation.invalid_date' })
  .refine((v) => Date.parse(v) <= Date.now() + CLOCK_SKEW_MS, { message: 'validation.in_future' });

/** A web address for session materials: https only (they are shown to the public as links). */
const httpsUrl = z.string().trim().max(LIMITS.urlMax, { message: 'validation.too_long' })
  .pipe(z.url({ protocol: /^https$/, message: 'validation.invalid_url' }));

export const needParams = z.object({ needId: z.uuid() });
export const orgParams = z.object({ orgId: z.uuid() });
export const offerParams = z.object({ offerId: z.uuid() });
export const engagementParams = z.object({ engagementId: z.uuid() });
export const mentorshipParams = z.object({ mentorshipId: z.uuid() });
export const sessionParams = z.object({ sessionId: z.uuid() });

export const expertiseNeedsQuery = pageQuery.extend({ level: z.enum(EXPERTISE_LEVELS).optional() });

export const offerBody = z.strictObject({
  /** What the expert proposes to do, in their words. */
  proposal: requiredText(4_000),
  estimatedHours: z.number().int().min(1).max(10_000).nullable().optional(),
});
export type OfferInput = z.infer<typeof offerBody>;

export const acceptBody = z.strictObject({
  scope: requiredText(4_000),
  deliverables: requiredText(4_000),
});
export type AcceptInput = z.infer<typeof acceptBody>;

/** Declining may say why; the reason goes to the expert in the notice. */
export const declineBody = z.strictObject({ reason: optionalText(LIMITS.shortTextMax) }).optional();

/** Cancelling an engagement says why; the reason goes to the other side in the notice. */
export const cancelEngagementBody = z.strictObject({ reason: requiredText(LIMITS.shortTextMax) });

/** Ending a mentorship may say why (kept with the mentorship and in the audit log). */
export const endMentorshipBody = z.strictObject({ reason: optionalText(LIMITS.shortTextMax) }).optional();

/** A body-less action: nothing but an empty object (or nothing) is accepted. */
export const emptyBody = z.strictObject({}).optional();

export const logBody = z.strictObject({
  /** The day the work was done (Gulf Standard Time); not a day that has not come yet. */
  workedOn: z.iso.date({ message: 'validation.invalid_date' }).refine((d) => d <= dubaiDate(new Date()), { message: 'validation.in_future' }),
  minutes: z.number().int().min(1).max(1_440),
  note: optionalText(LIMITS.shortTextMax),
});
export type LogInput = z.infer<typeof logBody>;

export const mentorshipBody = z.strictObject({
  /** A knowledge need of this organisation's live initiative. */
  needId: z.uuid(),
  mentorUserId: z.uuid().optional(),
  /** The mentor's account email: mentors are Ataa users, mentees often are not. */
  mentorEmail: emailSchema.optional(),
  menteeNames: z.array(nameSchema()).min(1).max(50),
  topicAr: topic,
  topicEn: topic,
}).refine((b) => !!b.mentorUserId !== !!b.mentorEmail, { message: 'validation.required', path: ['mentorEmail'] });
export type MentorshipInput = z.infer<typeof mentorshipBody>;

const sessionFields = {
  topicAr: topic,
  topicEn: topic,
  heldAt: pastInstant,
  minutes: z.number().int().min(1).max(1_440),
  /** People reached: an output for the impact report, never part of the ledger value. */
  attendeeCount: z.number().int().min(0).max(100_000),
  materialsUrl: httpsUrl.nullable().optional(),
};

export const sessionBody = z.strictObject({
  needId: z.uuid(),
  format: z.enum(KNOWLEDGE_FORMATS),
  mentorshipId: z.uuid().nullable().optional(),
  /** Who gave the session (the contributor); the mentor for a mentorship, else the reporter. */
  hostUserId: z.uuid().nullable().optional(),
  ...sessionFields,
});
export type SessionInput = z.infer<typeof sessionBody>;

/** A session of a mentorship: its need and host (the mentor) are the mentorship's. */
export const mentorshipSessionBody = z.strictObject({
  format: z.enum(KNOWLEDGE_FORMATS).default('mentoring'),
  ...sessionFields,
});
export type MentorshipSessionInput = z.infer<typeof mentorshipSessionBody>;

export const sessionsQuery = pageQuery.extend({ status: z.enum(['reported', 'confirmed', 'rejected']).optional() });

export const decisionBody = z.strictObject({
  action: z.enum(['confirm', 'reject']),
  reason: optionalText(LIMITS.shortTextMax),
}).refine((b) => b.action !== 'reject' || !!b.reason, { message: 'validation.reason_required', path: ['reason'] });
export type DecisionInput = z.infer<typeof decisionBody>;
