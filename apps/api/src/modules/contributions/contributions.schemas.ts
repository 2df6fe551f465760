import { z } from 'zod';
import { CONTRIBUTION_STATUSES, GIVING_DESIGNATIONS, NEED_KINDS, PAYMENT_METHODS, VISIBILITIES, nameSchema, textSchema } from '../../../../../packages/shared/src/index.ts';
import { pageQuery } from '../../platform/http/pagination.ts';

// References of contributions made from verified records (see given.service.ts).
const SOURCE_PREFIX = /^(attendance|engagement|session):/i;

const quantity = z.number({ message: 'validation.invalid_type' }).int({ message: 'validation.not_whole' }).positive({ message: 'validation.not_positive' }).max(1e13);

/** Body of `POST /contributions`: a person pledges money or goods to a need. */
const oneTarget = (b: { needId?: string; fundId?: string }) => !!b.needId !== !!b.fundId;
const oneTargetMessage = { message: 'validation.target_required', path: ['needId'] };

export const pledgeBody = z.strictObject({
  /** The need given to — or `fundId` for a pooled fund (exactly one of the two). */
  needId: z.uuid().optional(),
  fundId: z.uuid().optional(),
  kind: z.enum(NEED_KINDS),
  /** In the need's unit: fils for money (AED 10 = 1000), items for goods. */
  quantity,
  currency: z.literal('AED', { message: 'validation.currency' }).optional(),
  designation: z.enum(GIVING_DESIGNATIONS).optional(),
  visibility: z.enum(VISIBILITIES).default('public'),
  method: z.enum(PAYMENT_METHODS).optional(),
  /** Give on behalf of the organisation you currently act for. */
  onBehalfOfOrganisation: z.boolean().default(false),
  note: textSchema(1000).optional(),
  /** Per-item estimate for goods, in fils (defaults to the need's estimate). */
  estimatedValueFils: z.number().int().min(0).max(1e13).optional(),
}).refine((b) => b.kind !== 'money' || b.currency === 'AED', { message: 'validation.currency', path: ['currency'] })
  .refine(oneTarget, oneTargetMessage);
export type PledgeInput = z.infer<typeof pledgeBody>;

/** Body of `POST /organisations/:orgId/contributions`: the receiving organisation records what it received. */
export const recordBody = z.strictObject({
  needId: z.uuid().optional(),
  fundId: z.uuid().optional(),
  kind: z.enum(NEED_KINDS),
  quantity,
  currency: z.literal('AED', { message: 'validation.currency' }).optional(),
  contributorUserId: z.uuid().optional(),
  contributorName: nameSchema(120).optional(),
  designation: z.enum(GIVING_DESIGNATIONS).optional(),
  visibility: z.enum(VISIBILITIES).default('anonymous'),
  method: z.enum(PAYMENT_METHODS).optional(),
  /** Not one of the source prefixes verified hours use (they make a record idempotent). */
  reference: textSchema(120).refine((r) => !SOURCE_PREFIX.test(r), { message: 'validation.reserved_reference' }).optional(),
  evidenceNote: textSchema(1000).optional(),
  estimatedValueFils: z.number().int().min(0).max(1e13).optional(),
  /** Skill level (expertise) or unit (knowledge) the valuation rule is chosen by. */
  level: z.string().max(20).optional(),
}).refine((b) => b.kind !== 'money' || b.currency === 'AED', { message: 'validation.currency', path: ['currency'] })
  .refine(oneTarget, oneTargetMessage);
export type RecordInput = z.infer<typeof recordBody>;

export const transitionBody = z.strictObject({
  action: z.enum(['confirm', 'verify', 'cancel', 'refund', 'reverse', 'correct_value']),
  reference: textSchema(120).optional(),
  method: z.enum(PAYMENT_METHODS).optional(),
  valueFils: z.number().int().min(0).max(1e13).optional(),
  reason: textSchema(1000).optional(),
});
export type ContributionTransition = z.infer<typeof transitionBody>;

export const contributionParams = z.object({ contributionId: z.uuid() });

export const listQuery = pageQuery.extend({
  kind: z.enum(NEED_KINDS).optional(),
  status: z.enum(CONTRIBUTION_STATUSES).optional(),
  designation: z.enum(GIVING_DESIGNATIONS).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export const orgListQuery = listQuery.extend({ direction: z.enum(['given', 'received']).default('received') });

export const recurringBody = z.strictObject({
  needId: z.uuid().optional(),
  fundId: z.uuid().optional(),
  amountFils: quantity,
  currency: z.literal('AED', { message: 'validation.currency' }),
  designation: z.enum(GIVING_DESIGNATIONS).default('general'),
  visibility: z.enum(VISIBILITIES).default('public'),
  onBehalfOfOrganisation: z.boolean().default(false),
}).refine(oneTarget, oneTargetMessage);
export const recurringParams = z.object({ pledgeId: z.uuid() });
export const recurringUpdateBody = z.strictObject({ status: z.enum(['active', 'paused', 'cancelled']) });

export const ruleBody = z.strictObject({
  kind: z.enum(['time', 'expertise', 'knowledge']),
  level: z.string().max(20).nullable(),
  rateFils: z.number().int().min(0).max(1e9),
  source: textSchema(1000).pipe(z.string().min(3)),
  sourceUrl: z.url().nullable().optional(),
  effectiveFrom: z.iso.date(),
});

export const entriesQuery = pageQuery.extend({ contributionId: z.uuid().optional(), type: z.string().max(60).optional() });

export const fundParams = z.object({ fundId: z.uuid() });
export const createFundBody = z.strictObject({
  code: z.string().trim().min(2).max(40).regex(/^[a-z0-9_-]+$/, { message: 'validation.invalid_code' }),
  nameAr: nameSchema(160),
  nameEn: nameSchema(160),
  descriptionAr: textSchema(4000).nullable().optional(),
  descriptionEn: textSchema(4000).nullable().optional(),
  designations: z.array(z.enum(GIVING_DESIGNATIONS)).min(1).max(4),
  managingOrganisationId: z.uuid(),
});
export const updateFundBody = z.strictObject({
  nameAr: nameSchema(160).optional(),
  nameEn: nameSchema(160).optional(),
  descriptionAr: textSchema(4000).nullable().optional(),
  descriptionEn: textSchema(4000).nullable().optional(),
  designations: z.array(z.enum(GIVING_DESIGNATIONS)).min(1).max(4).optional(),
  status: z.enum(['open', 'closed']).optional(),
});
