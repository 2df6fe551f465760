import { randomUUID } from 'node:crypto';
import { PUBLIC_INITIATIVE_STATUSES } from '../../../../../packages/shared/src/index.ts';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import type { InitiativeRow } from '../../platform/db/schema.ts';
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.ts';
import { recordAudit } from '../audit/index.ts';
import { assertOrganisationVerified } from '../organisations/index.ts';
import { expandDown, findPrioritiesWithFramework, presentPriority } from '../priorities/index.ts';
import { assertCanManage, assertCanView, isInsider, isReviewer } from './initiatives.policy.ts';
import { auditSnapshot, presentInitiative, presentNeed, presentSummary, type InitiativeSummaryView, type InitiativeView } from './initiatives.presenter.ts';
import * as repo from './initiatives.repository.ts';
import type { CreateInitiativeInput, ListQuery, TransitionAction, UpdateInitiativeInput } from './initiatives.schemas.ts';
import { indexInitiative, searchInitiatives } from './search.repository.ts';
import { progressOf } from './progress.ts';
import { EDITABLE, LIVE, MATERIAL_FIELDS, TRANSITIONS } from './workflow.ts';

const nn = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const SEARCH_LIMIT = 500;

/** Throws 400 naming `priorityIds` unless every id is a known priority. */
async function assertPrioritiesExist(db: DbOrTrx, ids: readonly string[]): Promise<void> {
  const found = await findPrioritiesWithFramework(db, [...new Set(ids)]);
  if (found.length !== new Set(ids).size) {
    throw new ValidationError('Unknown priority.', { fields: [{ path: 'priorityIds', code: 'validation.unknown_reference', message: 'One or more priorities do not exist.' }] });
  }
}

/** Re-writes the initiative's search entry from its current texts and its organisation's names. */
export async function reindex(db: DbOrTrx, id: string): Promise<void> {
  const i = await repo.findInitiative(db, id);
  if (!i) return;
  const org = await repo.findOrganisationNames(db, i.organisation_id);
  await indexInitiative(db, id, {
    arabic: [i.title_ar, i.summary_ar, i.description_ar, i.area_ar, org?.name_ar ?? null],
    english: [i.title_en, i.summary_en, i.description_en, i.area_en, org?.name_en ?? null],
  });
}

/** A verified organisation's manager drafts an initiative. */
export async function createInitiative(db: Db, ctx: RequestContext, orgId: string, input: CreateInitiativeInput): Promise<InitiativeView> {
  assertCanManage(ctx.actor, orgId);
  await assertOrganisationVerified(db, orgId);
  const id = randomUUID();
  await withTransaction(db, async (trx) => {
    await assertPrioritiesExist(trx, input.priorityIds);
    const now = nowIso();
    const row: InitiativeRow = {
      id, organisation_id: orgId, status: 'draft', resume_status: null,
      title_ar: nn(input.titleAr), title_en: nn(input.titleEn), summary_ar: nn(input.summaryAr), summary_en: nn(input.summaryEn),
      description_ar: nn(input.descriptionAr), description_en: nn(input.descriptionEn), cover_file_id: null,
      emirate: input.emirate, area_ar: nn(input.areaAr), area_en: nn(input.areaEn), start_date: nn(input.startDate), end_date: nn(input.endDate),
      beneficiary_groups: JSON.stringify(input.beneficiaryGroups ?? []), review_comment: null,
      created_by: ctx.actor!.userId, decided_by: null, created_at: now, updated_at: now, submitted_at: null, decided_at: null, published_at: null,
    };
    await repo.insertInitiative(trx, row);
    await repo.setInitiativePriorities(trx, id, [...new Set(input.priorityIds)]);
    await reindex(trx, id);
    await recordAudit(trx, ctx, { action: 'initiative.create', entityType: 'initiative', entityId: id, after: auditSnapshot(row, input.priorityIds), organisationId: orgId });
  });
  return getInitiative(db, ctx, id);
}

/**
 * Edits an initiative. On a live one (approved or active), a change to a material field sends it
 * back to review; it returns to its status when approved again.
 */
export async function updateInitiative(db: Db, ctx: RequestContext, id: string, input: UpdateInitiativeInput): Promise<InitiativeView> {
  await withTransaction(db, async (trx) => {
    const before = await repo.findInitiative(trx, id);
    assertCanView(ctx.actor, before);
    assertCanManage(ctx.actor, before.organisation_id);
    if (!EDITABLE.includes(before.status as never)) throw new ConflictError('initiative.not_editable', `A ${before.status} initiative cannot be edited.`);
    if (input.priorityIds) await assertPrioritiesExist(trx, input.priorityIds);
    const beforeTags = (await repo.listPriorityIdsOf(trx, [id])).get(id) ?? [];
    const patch: Partial<InitiativeRow> = {
      ...(input.titleAr !== undefined && { title_ar: input.titleAr }), ...(input.titleEn !== undefined && { title_en: input.titleEn }),
      ...(input.summaryAr !== undefined && { summary_ar: input.summaryAr }), ...(input.summaryEn !== undefined && { summary_en: input.summaryEn }),
      ...(input.descriptionAr !== undefined && { description_ar: input.descriptionAr }), ...(input.descriptionEn !== undefined && { description_en: input.descriptionEn }),
      ...(input.emirate !== undefined && { emirate: input.emirate }),
      ...(input.areaAr !== undefined && { area_ar: input.areaAr }), ...(input.areaEn !== undefined && { area_en: input.areaEn }),
      ...(input.startDate !== undefined && { start_date: input.startDate }), ...(input.endDate !== undefined && { end_date: input.endDate }),
      ...(input.beneficiaryGroups !== undefined && { beneficiary_groups: JSON.stringify(input.beneficiaryGroups) }),
      updated_at: nowIso(),
    };
    const after = { ...before, ...patch };
    if (!after.title_ar && !after.title_en) throw new ValidationError('A title is required in Arabic or English.', { fields: [{ path: 'titleAr', code: 'validation.title_required', message: 'A title is required.' }] });
    if (after.start_date && after.end_date && after.end_date < after.start_date) throw new ValidationError('The end date is before the start date.', { fields: [{ path: 'endDate', code: 'validation.end_before_start', message: 'End before start.' }] });
    const tagsChanged = !!input.priorityIds && [...new Set(input.priorityIds)].sort().join() !== [...beforeTags].sort().join();
    const material = MATERIAL_FIELDS.some((f) => f === 'priorityIds' ? tagsChanged : input[f] !== undefined && textOf(before, f) !== input[f]);
    if (LIVE.includes(before.status as never) && material) {
      Object.assign(patch, { status: 'submitted', resume_status: before.status, submitted_at: patch.updated_at });
    }
    await repo.updateInitiative(trx, id, patch);
    if (tagsChanged) await repo.setInitiativePriorities(trx, id, [...new Set(input.priorityIds!)]);
    await reindex(trx, id);
    await recordAudit(trx, ctx, { action: patch.status ? 'initiative.update_material' : 'initiative.update', entityType: 'initiative', entityId: id, before: auditSnapshot(before, beforeTags), after: auditSnapshot({ ...before, ...patch }, input.priorityIds ?? beforeTags), organisationId: before.organisation_id });
  });
  return getInitiative(db, ctx, id);
}

const FIELD_COLUMNS = { titleAr: 'title_ar', titleEn: 'title_en', summaryAr: 'summary_ar', summaryEn: 'summary_en', descriptionAr: 'description_ar', descriptionEn: 'description_en', emirate: 'emirate' } as const;
function textOf(i: InitiativeRow, field: (typeof MATERIAL_FIELDS)[number]): unknown {
  return field === 'priorityIds' ? null : i[FIELD_COLUMNS[field]];
}

/** Moves an initiative along its workflow (see workflow.ts for who may do what). */
export async function transitionInitiative(db: Db, ctx: RequestContext, id: string, action: TransitionAction, comment: string | undefined): Promise<InitiativeView> {
  if (!ctx.actor) throw new UnauthenticatedError();
  await withTransaction(db, async (trx) => {
    const before = await repo.findInitiative(trx, id);
    assertCanView(ctx.actor, before);
    const rule = TRANSITIONS[action];
    const asReviewer = rule.by.includes('reviewer') && (action === 'close' ? ctx.actor!.platformRole === 'admin' : isReviewer(ctx.actor));
    if (!asReviewer) {
      if (!rule.by.includes('organisation')) throw new ForbiddenError('initiative.reviewer_required', 'Only a platform reviewer can do this.');
      assertCanManage(ctx.actor, before.organisation_id);
    } else if (action !== 'close' && ctx.actor!.memberships.some((m) => m.organisationId === before.organisation_id)) {
      throw new ForbiddenError('initiative.conflict_of_interest', 'Reviewers cannot review their own organisation’s initiatives.');
    }
    if (!rule.from.includes(before.status as never)) {
      throw new ConflictError('initiative.invalid_transition', `Cannot ${action} a ${before.status} initiative.`, { from: before.status, action });
    }
    if (action === 'return' && !comment) throw new ValidationError('Say what needs to change.', { fields: [{ path: 'comment', code: 'validation.reason_required', message: 'A comment is required.' }] });
    if (action === 'submit' && (await repo.listNeedsOf(trx, [id])).length === 0) {
      throw new ConflictError('initiative.needs_required', 'Add at least one need before submitting.');
    }
    const now = nowIso();
    const to = action === 'approve' && before.resume_status ? before.resume_status : rule.to;
    const patch: Partial<InitiativeRow> = { status: to, updated_at: now };
    if (action === 'submit') Object.assign(patch, { submitted_at: now });
    if (action === 'approve' || action === 'return') Object.assign(patch, { decided_at: now, decided_by: ctx.actor!.userId, review_comment: comment ?? null, resume_status: action === 'approve' ? null : before.resume_status });
    if (action === 'approve' && !before.published_at) Object.assign(patch, { published_at: now });
    if (!(await repo.transitionInitiative(trx, id, before.status, patch))) {
      throw new ConflictError('initiative.invalid_transition', 'Someone else changed this initiative first. Reload and try again.');
    }
    await recordAudit(trx, ctx, { action: `initiative.${action}`, entityType: 'initiative', entityId: id, before: { status: before.status }, after: { status: to, comment: comment ?? null }, organisationId: before.organisation_id });
  });
  return getInitiative(db, ctx, id);
}

/** One initiative with its needs, progress and priorities (404 unless public or yours). */
export async function getInitiative(db: Db, ctx: RequestContext, id: string): Promise<InitiativeView> {
  const i = await repo.findInitiative(db, id);
  assertCanView(ctx.actor, i);
  const org = await repo.findOrganisationNames(db, i.organisation_id);
  const needs = await repo.listNeedsOf(db, [id]);
  const progress = await progressOf(db, needs.map((n) => n.id));
  const tags = (await repo.listPriorityIdsOf(db, [id])).get(id) ?? [];
  const priorities = (await findPrioritiesWithFramework(db, tags)).map((p) => ({ ...presentPriority(p), frameworkCode: p.framework_code, frameworkLevel: p.framework_level }));
  const insider = isInsider(ctx.actor, i);
  return presentInitiative({ ...i, org_name_ar: org?.name_ar ?? null, org_name_en: org?.name_en ?? null }, needs.map((n) => presentNeed(n, progress.get(n.id), insider)), priorities, insider);
}

async function summaries(db: Db, rows: Awaited<ReturnType<typeof repo.listInitiatives>>['rows']): Promise<InitiativeSummaryView[]> {
  const ids = rows.map((r) => r.id);
  const [needs, tags] = [await repo.listNeedsOf(db, ids), await repo.listPriorityIdsOf(db, ids)];
  return rows.map((r) => presentSummary(r, needs.filter((n) => n.initiative_id === r.id && n.status === 'open').map((n) => n.kind), tags.get(r.id) ?? []));
}

/**
 * The public catalogue: filters (priority at any level through the crosswalk, emirate, need kind,
 * status, organisation), bilingual search, sort and pagination.
 */
export async function listInitiatives(db: Db, query: ListQuery): Promise<Page<InitiativeSummaryView>> {
  const { page, pageSize, q, priorityId, status, sort, ...rest } = query;
  if (status && !(PUBLIC_INITIATIVE_STATUSES as readonly string[]).includes(status)) return { items: [], page, pageSize, total: 0 };
  const filter: repo.InitiativeFilter = { ...rest, statuses: status ? [status] : PUBLIC_INITIATIVE_STATUSES };
  if (priorityId) filter.priorityIds = [...(await expandDown(db, [priorityId]))];
  let rank: Map<string, number> | undefined;
  if (q) {
    const hits = await searchInitiatives(db, q, SEARCH_LIMIT);
    filter.ids = hits.map((h) => h.id);
    rank = new Map(hits.map((h) => [h.id, h.rank]));
  }
  const order = sort ?? (q ? 'relevance' : 'newest');
  const { rows, total } = await repo.listInitiatives(db, filter, order, pageSize, offsetOf({ page, pageSize }), rank);
  return { items: await summaries(db, rows), page, pageSize, total };
}

/** Every initiative of an organisation, in any status (its members and platform staff). */
export async function listOrganisationInitiatives(db: Db, ctx: RequestContext, orgId: string, page: PageQuery): Promise<Page<InitiativeSummaryView>> {
  const { rows, total } = await repo.listInitiatives(db, { statuses: ['draft', 'submitted', 'returned', 'approved', 'active', 'completed', 'closed'], organisationId: orgId }, 'newest', page.pageSize, offsetOf(page));
  return { items: await summaries(db, rows), page: page.page, pageSize: page.pageSize, total };
}

/** The review queue for platform reviewers. */
export async function reviewQueue(db: Db, ctx: RequestContext, status: string, page: PageQuery): Promise<Page<InitiativeSummaryView>> {
  if (!ctx.actor?.platformRole) throw new ForbiddenError();
  const { rows, total } = await repo.listInitiatives(db, { statuses: [status] }, 'newest', page.pageSize, offsetOf(page));
  return { items: await summaries(db, rows), page: page.page, pageSize: page.pageSize, total };
}

/** Keeps search in step when an organisation is renamed (subscribed to `organisation.updated`). */
export async function reindexOrganisation(trx: DbOrTrx, orgId: string): Promise<void> {
  for (const { id } of await repo.listInitiativeIdsOfOrganisation(trx, orgId)) await reindex(trx, id);
}

