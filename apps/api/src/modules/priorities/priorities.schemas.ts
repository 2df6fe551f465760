import { z } from 'zod';
import { FRAMEWORK_LEVELS, LIMITS, nameSchema, textSchema, urlSchema } from '../../../../../packages/shared/src/index.ts';

const code = z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}._-]+$/u, { message: 'validation.invalid_code' });
const title = textSchema(2000).pipe(z.string().min(1, { message: 'validation.too_short' }));

export const frameworkParams = z.object({ frameworkId: z.uuid() });
export const priorityParams = z.object({ priorityId: z.uuid() });

export const createFrameworkBody = z.strictObject({
  code,
  level: z.enum(FRAMEWORK_LEVELS),
  nameAr: nameSchema(200),
  nameEn: nameSchema(200),
  source: textSchema(LIMITS.shortTextMax * 2).nullable().optional(),
  sourceUrl: urlSchema.nullable().optional(),
  licence: textSchema(200).nullable().optional(),
  organisationId: z.uuid().nullable().optional(),
});
export type CreateFrameworkInput = z.infer<typeof createFrameworkBody>;

export const updateFrameworkBody = createFrameworkBody.omit({ code: true, organisationId: true }).partial().strict();
export type UpdateFrameworkInput = z.infer<typeof updateFrameworkBody>;

export const createPriorityBody = z.strictObject({
  frameworkId: z.uuid(),
  parentId: z.uuid().nullable().optional(),
  code,
  titleAr: title,
  titleEn: title,
  shortAr: textSchema(200).nullable().optional(),
  shortEn: textSchema(200).nullable().optional(),
  position: z.number().int().min(0).max(100_000).optional(),
});
export type CreatePriorityInput = z.infer<typeof createPriorityBody>;

export const updatePriorityBody = createPriorityBody.omit({ frameworkId: true, code: true }).partial().strict();
export type UpdatePriorityInput = z.infer<typeof updatePriorityBody>;

export const linkBody = z.strictObject({ fromPriorityId: z.uuid(), toPriorityId: z.uuid() });
export const linkQuery = z.object({ fromPriorityId: z.uuid(), toPriorityId: z.uuid() });

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  frameworkId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const exportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

const priorityFile: z.ZodType<{ code: string; titleAr: string; titleEn: string; shortAr?: string | null; shortEn?: string | null; children?: unknown[] }> = z.lazy(() =>
  z.strictObject({
    code,
    titleAr: title,
    titleEn: title,
    shortAr: textSchema(200).nullable().optional(),
    shortEn: textSchema(200).nullable().optional(),
    children: z.array(priorityFile).max(1000).optional(),
  }),
);

/** Import body: a JSON framework file, or CSV text with the framework's metadata. */
export const importBody = z.discriminatedUnion('format', [
  z.strictObject({
    format: z.literal('json'),
    framework: z.strictObject({
      code,
      level: z.enum(FRAMEWORK_LEVELS),
      nameAr: nameSchema(200),
      nameEn: nameSchema(200),
      source: textSchema(1000).nullable().optional(),
      sourceUrl: urlSchema.nullable().optional(),
      licence: textSchema(200).nullable().optional(),
      priorities: z.array(priorityFile).min(1).max(1000),
      /** Crosswalk links as exported: [fromFramework, fromCode, toFramework, toCode]. */
      links: z.array(z.tuple([code, code, code, code])).max(5000).optional(),
    }),
  }),
  z.strictObject({
    format: z.literal('csv'),
    code,
    level: z.enum(FRAMEWORK_LEVELS),
    nameAr: nameSchema(200),
    nameEn: nameSchema(200),
    source: textSchema(1000).nullable().optional(),
    csv: z.string().min(1).max(200_000),
  }),
]);
export type ImportInput = z.infer<typeof importBody>;
