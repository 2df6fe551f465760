import { z } from 'zod';
import { nameSchema } from '../../../../../packages/shared/src/index.ts';

/** What profiles and opportunities store: lower-case letters, digits and underscores. */
export const skillCode = z.string().min(2, { message: 'validation.too_short' }).max(40, { message: 'validation.too_long' }).regex(/^[a-z0-9_]+$/, { message: 'validation.invalid_code' });

export const skillParams = z.object({ code: skillCode });

export const createSkillBody = z.strictObject({
  code: skillCode,
  nameAr: nameSchema(120),
  nameEn: nameSchema(120),
});
export type CreateSkillInput = z.infer<typeof createSkillBody>;

export const updateSkillBody = z.strictObject({
  nameAr: nameSchema(120).optional(),
  nameEn: nameSchema(120).optional(),
  active: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export type UpdateSkillInput = z.infer<typeof updateSkillBody>;

export const publicSkillView = z.object({ code: z.string(), nameAr: z.string(), nameEn: z.string() });
export const adminSkillView = publicSkillView.extend({ active: z.boolean(), sortOrder: z.number(), createdAt: z.string(), updatedAt: z.string() });
