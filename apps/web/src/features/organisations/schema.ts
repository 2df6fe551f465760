import { z } from 'zod';
import { EMIRATES, ORGANISATION_TYPES } from '../../../../../packages/shared/src/enums.ts';
import { LIMITS, nameSchema, textSchema, urlSchema } from '../../../../../packages/shared/src/validation.ts';

/** An optional text field: blank counts as "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
}

/**
 * The organisation form, checked in the browser with the same shared rules the API uses;
 * at least one of the two names is required.
 */
export const organisationFormSchema = z
  .object({
    type: z.enum(ORGANISATION_TYPES, { message: 'validation.required' }),
    nameAr: optional(nameSchema()),
    nameEn: optional(nameSchema()),
    descriptionAr: optional(textSchema(LIMITS.longTextMax)),
    descriptionEn: optional(textSchema(LIMITS.longTextMax)),
    emirate: z.enum(EMIRATES, { message: 'validation.required' }),
    website: optional(urlSchema),
  })
  .refine((v) => Boolean(v.nameAr || v.nameEn), { message: 'validation.name_required', path: ['nameAr'] });

/** The parsed form. */
export type OrganisationFormOutput = z.output<typeof organisationFormSchema>;
