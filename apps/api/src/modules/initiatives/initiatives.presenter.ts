import { z } from 'zod';
import { BENEFICIARY_GROUPS, EMIRATES, INITIATIVE_STATUSES, NEED_KINDS } from '../../../../../packages/shared/src/index.ts';
import type { InitiativeRow, NeedRow } from '../../platform/db/schema.ts';
import { priorityView, type PriorityView } from '../priorities/index.ts';
import type { NeedProgress } from './progress.ts';

export const needView = z.object({
  id: z.string(),
  kind: z.enum(NEED_KINDS),
  titleAr: z.string().nullable(),
  titleEn: z.string().nullable(),
  target: z.number(),
  unit: z.string(),
  details: z.record(z.string(), z.unknown()),
  deadline: z.string().nullable(),
  priorityOrder: z.number(),
  publicNote: z.string().nullable(),
  /** Only for the organisation's members and platform staff. */
  privateNote: z.string().nullable().optional(),
  status: z.enum(['open', 'closed']),
  progress: z.object({ pledged: z.number(), confirmed: z.number(), confirmedValueFils: z.number(), percent: z.number() }),
});
export type NeedView = z.infer<typeof needView>;

const orgSummary = z.object({ id: z.string(), nameAr: z.string().nullable(), nameEn: z.string().nullable() });

export const initiativeSummaryView = z.object({
  id: z.string(),
  organisation: orgSummary,
  status: z.enum(INITIATIVE_STATUSES),
  titleAr: z.string().nullable(),
  titleEn: z.string().nullable(),
  summaryAr: z.string().nullable(),
  summaryEn: z.string().nullable(),
  coverUrl: z.string().nullable(),
  emirate: z.enum(EMIRATES),
  areaAr: z.string().nullable(),
  areaEn: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  needKinds: z.array(z.enum(NEED_KINDS)),
  priorityIds: z.array(z.string()),
  createdAt: z.string(),
});
export type InitiativeSummaryView = z.infer<typeof initiativeSummaryView>;

export const initiativeView = initiativeSummaryView.extend({
  descriptionAr: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  beneficiaryGroups: z.array(z.enum(BENEFICIARY_GROUPS)),
  priorities: z.array(priorityView.extend({ frameworkCode: z.string(), frameworkLevel: z.string() })),
  needs: z.array(needView),
  publishedAt: z.string().nullable(),
  /** Insiders only: the reviewer's comment and the status a re-review returns to. */
  reviewComment: z.string().nullable().optional(),
  resumeStatus: z.string().nullable().optional(),
  submittedAt: z.string().nullable().optional(),
  updatedAt: z.string(),
});
export type InitiativeView = z.infer<typeof initiativeView>;

type OrgNames = { org_name_ar: string | null; org_name_en: string | null };

export function presentNeed(n: NeedRow, progress: NeedProgress | undefined, insider: boolean): NeedView {
  const p = progress ?? { pledged: 0, confirmed: 0, confirmedValueFils: 0 };
  return {
    id: n.id,
    kind: n.kind as NeedView['kind'],
    titleAr: n.title_ar,
    titleEn: n.title_en,
    target: Number(n.target_quantity),
    unit: n.unit,
    details: JSON.parse(n.details) as Record<string, unknown>,
    deadline: n.deadline,
    priorityOrder: n.priority_order,
    publicNote: n.public_note,
    ...(insider ? { privateNote: n.private_note } : {}),
    status: n.status as NeedView['status'],
    progress: { ...p, percent: Math.min(100, Math.floor((p.confirmed * 100) / Math.max(1, Number(n.target_quantity)))) },
  };
}

export function presentSummary(i: InitiativeRow & OrgNames, needKinds: string[], priorityIds: string[]): InitiativeSummaryView {
  return {
    id: i.id,
    organisation: { id: i.organisation_id, nameAr: i.org_name_ar, nameEn: i.org_name_en },
    status: i.status as InitiativeSummaryView['status'],
    titleAr: i.title_ar,
    titleEn: i.title_en,
    summaryAr: i.summary_ar,
    summaryEn: i.summary_en,
    coverUrl: i.cover_file_id ? `/api/v1/files/${i.cover_file_id}` : null,
    emirate: i.emirate as InitiativeSummaryView['emirate'],
    areaAr: i.area_ar,
    areaEn: i.area_en,
    startDate: i.start_date,
    endDate: i.end_date,
    needKinds: [...new Set(needKinds)] as InitiativeSummaryView['needKinds'],
    priorityIds,
    createdAt: i.created_at,
  };
}

export function presentInitiative(
  i: InitiativeRow & OrgNames,
  needs: NeedView[],
  priorities: (PriorityView & { frameworkCode: string; frameworkLevel: string })[],
  insider: boolean,
): InitiativeView {
  return {
    ...presentSummary(i, needs.map((n) => n.kind), priorities.map((p) => p.id)),
    descriptionAr: i.description_ar,
    descriptionEn: i.description_en,
    beneficiaryGroups: JSON.parse(i.beneficiary_groups) as InitiativeView['beneficiaryGroups'],
    priorities,
    needs,
    publishedAt: i.published_at,
    updatedAt: i.updated_at,
    ...(insider ? { reviewComment: i.review_comment, resumeStatus: i.resume_status, submittedAt: i.submitted_at } : {}),
  };
}

/** What the audit log keeps of an initiative. */
export function auditSnapshot(i: InitiativeRow, priorityIds?: string[]) {
  return {
    status: i.status, titleAr: i.title_ar, titleEn: i.title_en, summaryAr: i.summary_ar, summaryEn: i.summary_en,
    emirate: i.emirate, areaAr: i.area_ar, areaEn: i.area_en, startDate: i.start_date, endDate: i.end_date,
    ...(priorityIds ? { priorityIds } : {}),
  };
}
