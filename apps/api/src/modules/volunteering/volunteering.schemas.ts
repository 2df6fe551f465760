import { z } from 'zod';
import { EMIRATES, LIMITS, nameSchema, textSchema } from '../../../../../packages/shared/src/index.ts';
import { pageQuery } from '../../platform/http/pagination.ts';

const text = (max: number) => textSchema(max).nullable().optional();

export const createOpportunityBody = z.strictObject({
  initiativeId: z.uuid(),
  /** The initiative's time need the hours count towards. */
  needId: z.uuid(),
  titleAr: nameSchema(200).nullable().optional(),
  titleEn: nameSchema(200).nullable().optional(),
  descriptionAr: text(LIMITS.longTextMax),
  descriptionEn: text(LIMITS.longTextMax),
  emirate: z.enum(EMIRATES),
  areaAr: nameSchema(120).nullable().optional(),
  areaEn: nameSchema(120).nullable().optional(),
  address: text(300),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  skills: z.array(nameSchema(80)).max(20).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { message: 'validation.invalid_code' })).max(10).default([]),
  minAge: z.number().int().min(0).max(100).nullable().optional(),
  audience: z.enum(['everyone', 'women', 'men', 'families']).default('everyone'),
  instructionsAr: text(2000),
  instructionsEn: text(2000),
}).refine((b) => !!(b.titleAr || b.titleEn), { message: 'validation.title_required', path: ['titleAr'] });
export type CreateOpportunityInput = z.infer<typeof createOpportunityBody>;

/** A date-time with its offset (stored as UTC). */
export const iso = z.iso.datetime({ offset: true, message: 'validation.invalid_date' });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.invalid_format' });

/** One shift, or a weekly pattern of shifts generated in one go (times in Gulf Standard Time). */
export const shiftsBody = z.union([
  z.strictObject({ startsAt: iso, endsAt: iso, capacity: z.number().int().min(1).max(10_000) })
    .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), { message: 'validation.end_before_start', path: ['endsAt'] }),
  z.strictObject({
    weekly: z.strictObject({
      weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
      from: z.iso.date(),
      until: z.iso.date(),
      startTime: hhmm,
      endTime: hhmm,
    }).refine((w) => w.until >= w.from, { message: 'validation.end_before_start', path: ['until'] })
      .refine((w) => w.endTime > w.startTime, { message: 'validation.end_before_start', path: ['endTime'] }),
    capacity: z.number().int().min(1).max(10_000),
  }),
]);
export type ShiftsInput = z.infer<typeof shiftsBody>;

export const profileBody = z.strictObject({
  dateOfBirth: z.iso.date().nullable().optional(),
  skills: z.array(nameSchema(80)).max(30).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { message: 'validation.invalid_code' })).max(10).default([]),
  emirate: z.enum(EMIRATES).nullable().optional(),
  area: nameSchema(120).nullable().optional(),
  /** Priority ids at any level (an Ataa area, a local aim, an SDG). */
  interests: z.array(z.uuid()).max(20).default([]),
  availability: z.array(z.strictObject({ weekday: z.number().int().min(0).max(6), from: hhmm, to: hhmm })).max(21).default([]),
  emergencyContact: textSchema(200).nullable().optional(),
});

export type ProfileInput = z.infer<typeof profileBody>;

export const opportunityParams = z.object({ opportunityId: z.uuid() });
export const shiftParams = z.object({ shiftId: z.uuid() });
export const orgParams = z.object({ orgId: z.uuid() });
const languageCode = z.string().regex(/^[a-z]{2,3}$/, { message: 'validation.invalid_code' });

/** Browse filters; `priorityId` matches at any level (roll-up), `q` is a title substring in either language. */
export const listQuery = pageQuery.extend({
  emirate: z.enum(EMIRATES).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** A code from the skills list (matches its Arabic and English names too) or free text. */
  skill: z.string().trim().min(1).max(80).optional(),
  language: languageCode.optional(),
  priorityId: z.uuid().optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type ListOpportunitiesQuery = Omit<z.infer<typeof listQuery>, 'page' | 'pageSize'>;

/** Moving a shift or changing its places; an empty body changes nothing. */
export const patchShiftBody = z.strictObject({
  startsAt: iso.optional(),
  endsAt: iso.optional(),
  capacity: z.number().int().min(1).max(10_000).optional(),
}).refine((b) => !b.startsAt || !b.endsAt || Date.parse(b.endsAt) > Date.parse(b.startsAt), { message: 'validation.end_before_start', path: ['endsAt'] });
export type PatchShiftInput = z.infer<typeof patchShiftBody>;

/** Volunteers are told why their shift was cancelled. */
export const cancelShiftBody = z.strictObject({
  reason: textSchema(500).refine((s) => s.length > 0, { message: 'validation.reason_required' }),
});
