import { z } from 'zod';
import { nameSchema } from '../../../../../packages/shared/src/validation.ts';

/** A skill code as the API accepts it; typed in any case, sent in lower case. */
export const skillCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: 'validation.required' })
  .min(2, { message: 'validation.too_short' })
  .max(40, { message: 'validation.too_long' })
  .regex(/^[a-z0-9_]+$/, { message: 'validation.invalid_code' });

/** The "add a skill" form. */
export const skillFormSchema = z.object({ code: skillCodeSchema, nameAr: nameSchema(120), nameEn: nameSchema(120) });
export type SkillFormOutput = z.output<typeof skillFormSchema>;

/** The inline "edit names" form. */
export const skillNamesSchema = skillFormSchema.omit({ code: true });

/** Only the names that changed (nothing to send when neither did). */
export function changedNames(before: { nameAr: string; nameEn: string }, after: { nameAr: string; nameEn: string }): { nameAr?: string; nameEn?: string } {
  return {
    ...(after.nameAr !== before.nameAr && { nameAr: after.nameAr }),
    ...(after.nameEn !== before.nameEn && { nameEn: after.nameEn }),
  };
}
