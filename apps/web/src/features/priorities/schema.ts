import { z } from 'zod';
import { FRAMEWORK_LEVELS } from '../../../../../packages/shared/src/enums.ts';
import { nameSchema, textSchema, urlSchema } from '../../../../../packages/shared/src/validation.ts';

/** An optional field: blank counts as "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
}

/** A framework or priority code, as the API accepts it. */
const code = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(40, { message: 'validation.too_long' })
  .regex(/^[\p{L}\p{N}._-]+$/u, { message: 'validation.invalid_code' });

/** A required title of up to 2,000 characters. */
const title = textSchema(2000).pipe(z.string().min(1, { message: 'validation.required' }));

/** The "new framework" form (and the metadata of a CSV import). */
export const frameworkFormSchema = z.object({
  code,
  level: z.enum(FRAMEWORK_LEVELS, { message: 'validation.required' }),
  nameAr: nameSchema(200),
  nameEn: nameSchema(200),
  source: optional(textSchema(1000)),
  sourceUrl: optional(urlSchema),
  licence: optional(textSchema(200)),
});
export type FrameworkFormOutput = z.output<typeof frameworkFormSchema>;

/** The priority form (code only when adding). */
export const priorityFormSchema = z.object({
  code,
  titleAr: title,
  titleEn: title,
  shortAr: optional(textSchema(200)),
  shortEn: optional(textSchema(200)),
  position: optional(z.coerce.number({ message: 'validation.invalid_type' }).int({ message: 'validation.not_whole' }).min(0, { message: 'validation.too_small' }).max(100_000)),
});
export type PriorityFormOutput = z.output<typeof priorityFormSchema>;
