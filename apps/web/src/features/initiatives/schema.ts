import { z } from 'zod';
import { BENEFICIARY_GROUPS, EMIRATES } from '../../../../../packages/shared/src/enums.ts';
import { LIMITS, nameSchema, textSchema } from '../../../../../packages/shared/src/validation.ts';

/** An optional text field: blank becomes null ("not given", or cleared when editing). */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable());
}

const date = optional(z.iso.date({ message: 'validation.invalid_date' }));

/**
 * The initiative form, checked in the browser with the API's rules: one title (either
 * language), end not before start, at least one priority.
 */
export const initiativeFormSchema = z
  .object({
    titleAr: optional(nameSchema(200)),
    titleEn: optional(nameSchema(200)),
    summaryAr: optional(textSchema(500)),
    summaryEn: optional(textSchema(500)),
    descriptionAr: optional(textSchema(LIMITS.longTextMax)),
    descriptionEn: optional(textSchema(LIMITS.longTextMax)),
    emirate: z.enum(EMIRATES, { message: 'validation.required' }),
    areaAr: optional(nameSchema(120)),
    areaEn: optional(nameSchema(120)),
    startDate: date,
    endDate: date,
    beneficiaryGroups: z.array(z.enum(BENEFICIARY_GROUPS)),
    priorityIds: z.array(z.string()).min(1, { message: 'validation.priority_required' }).max(20, { message: 'validation.too_big' }),
  })
  .refine((v) => Boolean(v.titleAr || v.titleEn), { message: 'validation.title_required', path: ['titleAr'] })
  .refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, { message: 'validation.end_before_start', path: ['endDate'] });

/** The parsed form, ready to send. */
export type InitiativeFormOutput = z.output<typeof initiativeFormSchema>;

/** Texts every need has (both titles optional), checked like the API does. */
export const needTextsSchema = z.object({
  titleAr: optional(nameSchema(200)),
  titleEn: optional(nameSchema(200)),
  deadline: date,
  publicNote: optional(textSchema(2000)),
  privateNote: optional(textSchema(2000)),
});
export type NeedTexts = z.output<typeof needTextsSchema>;
