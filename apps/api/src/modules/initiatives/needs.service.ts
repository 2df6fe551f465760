import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import type { NeedRow } from '../../platform/db/schema.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { assertCanManage, assertCanView } from './initiatives.policy.ts';
import { presentNeed, type NeedView } from './initiatives.presenter.ts';
import * as repo from './initiatives.repository.ts';
import type { NeedInput, UpdateNeedInput } from './initiatives.schemas.ts';
import { progressOf } from './progress.ts';
import { EDITABLE } from './workflow.ts';

const nn = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** The target, unit and kind-specific details a need input stands for. */
function quantityOf(input: NeedInput): { target: number; unit: string; details: Record<string, unknown> } {
  switch (input.kind) {
    case 'money':
      return { target: input.targetFils, unit: 'fils', details: { currency: 'AED', designations: input.designations ?? ['general'], capMode: input.capMode ?? 'reject' } };
    case 'time':
      return { target: input.targetHours, unit: 'hours', details: { roleAr: input.roleAr ?? null, roleEn: input.roleEn ?? null } };
    case 'expertise':
      return { target: input.targetHours, unit: 'hours', details: { skill: input.skill, level: input.level } };
    case 'knowledge':
      return { target: input.target, unit: input.unit, details: { format: input.format } };
    case 'in_kind':
      return { target: input.quantity, unit: 'items', details: { item: input.item, itemUnit: input.itemUnit ?? null, estimatedValueFils: input.estimatedValueFils } };
  }
}

async function loadEditable(db: Db, ctx: RequestContext, initiativeId: string) {
  const i = await repo.findInitiative(db, initiativeId);
  assertCanView(ctx.actor, i);
  assertCanManage(ctx.actor, i.organisation_id);
  if (!EDITABLE.includes(i.status as never)) throw new ConflictError('initiative.not_editable', `A ${i.status} initiative cannot be edited.`);
  return i;
}

/** Adds a need of one kind to an initiative (its organisation's managers). */
export async function addNeed(db: Db, ctx: RequestContext, initiativeId: string, input: NeedInput): Promise<NeedView> {
  const i = await loadEditable(db, ctx, initiativeId);
  const { target, unit, details } = quantityOf(input);
  const now = nowIso();
  const row: NeedRow = {
    id: randomUUID(), initiative_id: initiativeId, kind: input.kind, title_ar: nn(input.titleAr), title_en: nn(input.titleEn),
    target_quantity: target, unit, details: JSON.stringify(details), deadline: nn(input.deadline), priority_order: input.priorityOrder ?? 0,
    public_note: nn(input.publicNote), private_note: nn(input.privateNote), status: 'open', created_at: now, updated_at: now,
  };
  await withTransaction(db, async (trx) => {
    await repo.insertNeed(trx, row);
    await recordAudit(trx, ctx, { action: 'need.create', entityType: 'need', entityId: row.id, after: { initiativeId, kind: row.kind, target, unit, details }, organisationId: i.organisation_id });
  });
  return presentNeed(row, undefined, true);
}

/** Edits a need's texts, deadline, order or status (its quantity is fixed once created). */
export async function updateNeed(db: Db, ctx: RequestContext, initiativeId: string, needId: string, input: UpdateNeedInput): Promise<NeedView> {
  const i = await loadEditable(db, ctx, initiativeId);
  return withTransaction(db, async (trx) => {
    const before = await repo.findNeed(trx, initiativeId, needId);
    if (!before) throw new NotFoundError();
    const patch: Partial<NeedRow> = {
      ...(input.titleAr !== undefined && { title_ar: input.titleAr }), ...(input.titleEn !== undefined && { title_en: input.titleEn }),
      ...(input.deadline !== undefined && { deadline: input.deadline }), ...(input.priorityOrder !== undefined && { priority_order: input.priorityOrder }),
      ...(input.publicNote !== undefined && { public_note: input.publicNote }), ...(input.privateNote !== undefined && { private_note: input.privateNote }),
      ...(input.status !== undefined && { status: input.status }),
      updated_at: nowIso(),
    };
    await repo.updateNeed(trx, needId, patch);
    const after = { ...before, ...patch };
    await recordAudit(trx, ctx, { action: 'need.update', entityType: 'need', entityId: needId, before: { status: before.status, deadline: before.deadline, titleAr: before.title_ar, titleEn: before.title_en }, after: { status: after.status, deadline: after.deadline, titleAr: after.title_ar, titleEn: after.title_en }, organisationId: i.organisation_id });
    return presentNeed(after, (await progressOf(trx, [needId])).get(needId), true);
  });
}

/** Deletes a need while the initiative is still a draft or returned; later, close it instead. */
export async function deleteNeed(db: Db, ctx: RequestContext, initiativeId: string, needId: string): Promise<void> {
  const i = await loadEditable(db, ctx, initiativeId);
  if (i.status !== 'draft' && i.status !== 'returned') throw new ConflictError('need.not_deletable', 'Close the need instead: the initiative has been submitted.');
  await withTransaction(db, async (trx) => {
    const before = await repo.findNeed(trx, initiativeId, needId);
    if (!before) throw new NotFoundError();
    await repo.deleteNeed(trx, needId);
    await recordAudit(trx, ctx, { action: 'need.delete', entityType: 'need', entityId: needId, before: { kind: before.kind, target: before.target_quantity }, organisationId: i.organisation_id });
  });
}
