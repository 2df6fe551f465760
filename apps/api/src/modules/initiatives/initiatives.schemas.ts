import { z } from 'zod';
import {
  BENEFICIARY_GROUPS, EMIRATES, EXPERTISE_LEVELS, GIVING_DESIGNATIONS, INITIATIVE_STATUSES, KNOWLEDGE_FORMATS, LIMITS, NEED_KINDS,
  nameSchema, textSchema,
} from '../../../../../packages/shared/src/index.ts';
import { pageQuery } from '../../platform/http/pagination.ts';

const isoDate = z.iso.date({ message: 'validation.invalid_date' });
const title = nameSchema(200).nullable().optional();
const summary = textSchema(500).nullable().optional();
const description = textSchema(LIMITS.longTextMax).nullable().optional();

const initiativeFields = {
  titleAr: title,
  titleEn: title,
  summaryAr: summary,
  summaryEn: summary,
  descriptionAr: description,
  descriptionEn: description,
  emirate: z.enum(EMIRATES),
  areaAr: nameSchema(120).nullable().optional(),
  areaEn: nameSchema(120).nullable().optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  beneficiaryGroups: z.array(z.enum(BENEFICIARY_GROUPS)).max(BENEFICIARY_GROUPS.length).optional(),
  priorityIds: z.array(z.uuid()).min(1, { message: 'validation.priority_required' }).max(20),
};

type Dated = { startDate?: string | null; endDate?: string | null };
const datesInOrder = (b: Dated) => !b.startDate || !b.endDate || b.endDate >= b.startDate;
const hasTitle = (b: { titleAr?: string | null; titleEn?: string | null }) => !!(b.titleAr || b.titleEn);

/** Body of `POST /organisations/:orgId/initiatives`. One title is required, either language. */
export const createInitiativeBody = z
  .strictObject(initiativeFields)
  .refine(hasTitle, { message: 'validation.title_required', path: ['titleAr'] })
  .refine(datesInOrder, { message: 'validation.end_before_start', path: ['endDate'] });
export type CreateInitiativeInput = z.infer<typeof createInitiativeBody>;

export const updateInitiativeBody = z
  .strictObject({ ...initiativeFields, emirate: initiativeFields.emirate.optional(), priorityIds: initiativeFields.priorityIds.optional() })
  .refine(datesInOrder, { message: 'validation.end_before_start', path: ['endDate'] });
export type UpdateInitiativeInput = z.infer<typeof updateInitiativeBody>;

/** Workflow actions and who takes them (see workflow.ts). */
export const transitionBody = z.strictObject({
  action: z.enum(['submit', 'approve', 'return', 'activate', 'complete', 'close']),
  comment: textSchema(2000).optional(),
});
export type TransitionAction = z.infer<typeof transitionBody>['action'];

const needCommon = {
  titleAr: nameSchema(200).nullable().optional(),
  titleEn: nameSchema(200).nullable().optional(),
  deadline: isoDate.nullable().optional(),
  priorityOrder: z.number().int().min(0).max(1000).optional(),
  publicNote: textSchema(2000).nullable().optional(),
  privateNote: textSchema(2000).nullable().optional(),
};
const positiveInt = (max: number) => z.number({ message: 'validation.invalid_type' }).int({ message: 'validation.not_whole' }).positive({ message: 'validation.not_positive' }).max(max);

/** A need of one kind; the quantity's unit follows from the kind. */
export const needBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('money'), ...needCommon, targetFils: positiveInt(1e13), designations: z.array(z.enum(GIVING_DESIGNATIONS)).min(1).max(4).optional(), capMode: z.enum(['reject', 'cap', 'open']).optional() }),
  z.strictObject({ kind: z.literal('time'), ...needCommon, targetHours: positiveInt(1_000_000), roleAr: nameSchema(120).nullable().optional(), roleEn: nameSchema(120).nullable().optional() }),
  z.strictObject({ kind: z.literal('expertise'), ...needCommon, targetHours: positiveInt(100_000), skill: nameSchema(120), level: z.enum(EXPERTISE_LEVELS) }),
  z.strictObject({ kind: z.literal('knowledge'), ...needCommon, format: z.enum(KNOWLEDGE_FORMATS), unit: z.enum(['sessions', 'hours']), target: positiveInt(100_000) }),
  z.strictObject({ kind: z.literal('in_kind'), ...needCommon, item: nameSchema(200), quantity: positiveInt(10_000_000), itemUnit: nameSchema(40).optional(), estimatedValueFils: z.number().int().min(0).max(1e13) }),
]);
export type NeedInput = z.infer<typeof needBody>;

export const updateNeedBody = z.strictObject({ ...needCommon, status: z.enum(['open', 'closed']).optional() });
export type UpdateNeedInput = z.infer<typeof updateNeedBody>;

export const initiativeParams = z.object({ initiativeId: z.uuid() });
export const needParams = z.object({ initiativeId: z.uuid(), needId: z.uuid() });
export const orgInitiativeParams = z.object({ orgId: z.uuid() });

export const listQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  priorityId: z.uuid().optional(),
  emirate: z.enum(EMIRATES).optional(),
  needKind: z.enum(NEED_KINDS).optional(),
  status: z.enum(INITIATIVE_STATUSES).optional(),
  organisationId: z.uuid().optional(),
  sort: z.enum(['newest', 'ending_soon', 'most_needed', 'relevance']).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const reviewQueueQuery = pageQuery.extend({ status: z.enum(INITIATIVE_STATUSES).default('submitted') });
