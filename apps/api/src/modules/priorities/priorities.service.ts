import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { buildTree, presentFramework, presentPriority, type FrameworkView, type PriorityNode, type PriorityView } from './priorities.presenter.ts';
import * as repo from './priorities.repository.ts';
import { rollUp } from './roll-up.ts';
import type { CreateFrameworkInput, CreatePriorityInput, UpdateFrameworkInput, UpdatePriorityInput } from './priorities.schemas.ts';

/** Only platform admins keep the frameworks, priorities and crosswalk. */
export function assertCanEditFrameworks(ctx: RequestContext): void {
  if (!ctx.actor) throw new UnauthenticatedError();
  if (ctx.actor.platformRole !== 'admin') throw new ForbiddenError();
}

const nn = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Translates a foreign-key refusal (a priority still used by records) into a 409. */
function inUse(err: unknown): never {
  const code = (err as { code?: string })?.code;
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    throw new ConflictError('priority.in_use', 'Records are still tagged with this priority.');
  }
  throw err;
}

export async function listFrameworks(db: Db): Promise<{ items: FrameworkView[] }> {
  return { items: (await repo.listFrameworks(db)).map(presentFramework) };
}

export async function getFramework(db: Db, id: string): Promise<FrameworkView & { priorities: PriorityNode[] }> {
  const f = await repo.findFramework(db, id);
  if (!f) throw new NotFoundError();
  return { ...presentFramework(f), priorities: buildTree(await repo.listPrioritiesOfFramework(db, id)) };
}

export async function createFramework(db: Db, ctx: RequestContext, input: CreateFrameworkInput): Promise<FrameworkView> {
  assertCanEditFrameworks(ctx);
  const now = nowIso();
  const row = { id: randomUUID(), code: input.code, level: input.level, name_ar: input.nameAr, name_en: input.nameEn, source: nn(input.source), source_url: nn(input.sourceUrl), licence: nn(input.licence), organisation_id: nn(input.organisationId), created_at: now, updated_at: now };
  return withTransaction(db, async (trx) => {
    try {
      await repo.insertFramework(trx, row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('framework.code_taken', 'A framework with this code already exists.');
      throw err;
    }
    await recordAudit(trx, ctx, { action: 'framework.create', entityType: 'framework', entityId: row.id, after: input });
    return presentFramework(row);
  });
}

export async function updateFramework(db: Db, ctx: RequestContext, id: string, input: UpdateFrameworkInput): Promise<FrameworkView> {
  assertCanEditFrameworks(ctx);
  return withTransaction(db, async (trx) => {
    const before = await repo.findFramework(trx, id);
    if (!before) throw new NotFoundError();
    const patch = {
      ...(input.level !== undefined && { level: input.level }),
      ...(input.nameAr !== undefined && { name_ar: input.nameAr }),
      ...(input.nameEn !== undefined && { name_en: input.nameEn }),
      ...(input.source !== undefined && { source: input.source }),
      ...(input.sourceUrl !== undefined && { source_url: input.sourceUrl }),
      ...(input.licence !== undefined && { licence: input.licence }),
      updated_at: nowIso(),
    };
    await repo.updateFramework(trx, id, patch);
    const after = { ...before, ...patch };
    await recordAudit(trx, ctx, { action: 'framework.update', entityType: 'framework', entityId: id, before: presentFramework(before), after: presentFramework(after) });
    return presentFramework(after);
  });
}

export async function deleteFramework(db: Db, ctx: RequestContext, id: string): Promise<void> {
  assertCanEditFrameworks(ctx);
  await withTransaction(db, async (trx) => {
    const before = await repo.findFramework(trx, id);
    if (!before) throw new NotFoundError();
    await repo.deleteFramework(trx, id).catch(inUse);
    await recordAudit(trx, ctx, { action: 'framework.delete', entityType: 'framework', entityId: id, before: presentFramework(before) });
  });
}

export async function createPriority(db: Db, ctx: RequestContext, input: CreatePriorityInput): Promise<PriorityView> {
  assertCanEditFrameworks(ctx);
  return withTransaction(db, async (trx) => {
    if (!(await repo.findFramework(trx, input.frameworkId))) throw new ValidationError('Unknown framework.', { fields: [{ path: 'frameworkId', code: 'validation.unknown_reference', message: 'Unknown framework.' }] });
    if (input.parentId) {
      const parent = await repo.findPriority(trx, input.parentId);
      if (!parent || parent.framework_id !== input.frameworkId) throw new ValidationError('The parent must belong to the same framework.', { fields: [{ path: 'parentId', code: 'validation.unknown_reference', message: 'Unknown parent.' }] });
    }
    const now = nowIso();
    const row = { id: randomUUID(), framework_id: input.frameworkId, parent_id: nn(input.parentId), code: input.code, title_ar: input.titleAr, title_en: input.titleEn, short_ar: nn(input.shortAr), short_en: nn(input.shortEn), position: input.position ?? 0, created_at: now, updated_at: now };
    try {
      await repo.insertPriority(trx, row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('priority.code_taken', 'This framework already has a priority with that code.');
      throw err;
    }
    await recordAudit(trx, ctx, { action: 'priority.create', entityType: 'priority', entityId: row.id, after: presentPriority(row) });
    return presentPriority(row);
  });
}

export async function updatePriority(db: Db, ctx: RequestContext, id: string, input: UpdatePriorityInput): Promise<PriorityView> {
  assertCanEditFrameworks(ctx);
  return withTransaction(db, async (trx) => {
    const before = await repo.findPriority(trx, id);
    if (!before) throw new NotFoundError();
    if (input.parentId) {
      const parent = await repo.findPriority(trx, input.parentId);
      if (!parent || parent.framework_id !== before.framework_id) throw new ValidationError('The parent must belong to the same framework.', { fields: [{ path: 'parentId', code: 'validation.unknown_reference', message: 'Unknown parent.' }] });
      // Moving a node under its own descendant would make a loop.
      for (let p: typeof parent | undefined = parent; p; p = p.parent_id ? await repo.findPriority(trx, p.parent_id) : undefined) {
        if (p.id === id) throw new ConflictError('priority.cycle', 'A priority cannot be moved under itself.');
      }
    }
    const patch = {
      ...(input.parentId !== undefined && { parent_id: input.parentId }),
      ...(input.titleAr !== undefined && { title_ar: input.titleAr }),
      ...(input.titleEn !== undefined && { title_en: input.titleEn }),
      ...(input.shortAr !== undefined && { short_ar: input.shortAr }),
      ...(input.shortEn !== undefined && { short_en: input.shortEn }),
      ...(input.position !== undefined && { position: input.position }),
      updated_at: nowIso(),
    };
    await repo.updatePriority(trx, id, patch);
    const after = { ...before, ...patch };
    await recordAudit(trx, ctx, { action: 'priority.update', entityType: 'priority', entityId: id, before: presentPriority(before), after: presentPriority(after) });
    return presentPriority(after);
  });
}

export async function deletePriority(db: Db, ctx: RequestContext, id: string): Promise<void> {
  assertCanEditFrameworks(ctx);
  await withTransaction(db, async (trx) => {
    const before = await repo.findPriority(trx, id);
    if (!before) throw new NotFoundError();
    if ((await repo.countChildren(trx, id)) > 0) throw new ConflictError('priority.has_children', 'Delete or move its sub-priorities first.');
    await repo.deletePriority(trx, id).catch(inUse);
    await recordAudit(trx, ctx, { action: 'priority.delete', entityType: 'priority', entityId: id, before: presentPriority(before) });
  });
}

/** A priority with its framework and the whole chain it rolls up to (local → national → SDG). */
export async function getPriorityWithChain(db: Db, id: string) {
  const p = await repo.findPriority(db, id);
  if (!p) throw new NotFoundError();
  const steps = await rollUp(db, p);
  const frameworks = new Map((await repo.listFrameworks(db)).map((f) => [f.id, presentFramework(f)]));
  return {
    priority: presentPriority(p),
    framework: frameworks.get(p.framework_id)!,
    chain: steps.map((s) => ({ priority: presentPriority(s.priority), framework: frameworks.get(s.priority.framework_id)!, via: s.via, fromId: s.fromId })),
  };
}

/** Priorities matching a text, with their framework (for tag pickers). */
export async function searchPriorities(db: Db, q: string, frameworkId: string | undefined, limit: number) {
  const rows = await repo.searchPriorities(db, q, frameworkId, limit);
  return { items: rows.map((r) => ({ ...presentPriority(r), frameworkCode: r.framework_code, frameworkLevel: r.framework_level, frameworkNameAr: r.framework_name_ar, frameworkNameEn: r.framework_name_en })) };
}

/** Adds a crosswalk link from a lower-level priority to one it contributes to. */
export async function addLink(db: Db, ctx: RequestContext, fromId: string, toId: string) {
  assertCanEditFrameworks(ctx);
  return withTransaction(db, async (trx) => {
    const [from, to] = [await repo.findPriority(trx, fromId), await repo.findPriority(trx, toId)];
    if (!from || !to) throw new ValidationError('Unknown priority.', { fields: [{ path: from ? 'toPriorityId' : 'fromPriorityId', code: 'validation.unknown_reference', message: 'Unknown priority.' }] });
    if (from.framework_id === to.framework_id) throw new ConflictError('priority_link.same_framework', 'Links join priorities of different frameworks.');
    if ((await rollUp(trx, to)).some((s) => s.priority.id === from.id)) throw new ConflictError('priority.cycle', 'This link would make a loop.');
    try {
      await repo.insertLink(trx, { from_priority_id: fromId, to_priority_id: toId, created_by: ctx.actor!.userId, created_at: nowIso() });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('priority_link.exists', 'These priorities are already linked.');
      throw err;
    }
    await recordAudit(trx, ctx, { action: 'priority_link.create', entityType: 'priority_link', entityId: `${fromId}>${toId}`, after: { from: from.code, to: to.code } });
    return { fromPriorityId: fromId, toPriorityId: toId, createdBy: ctx.actor!.userId };
  });
}

export async function removeLink(db: Db, ctx: RequestContext, fromId: string, toId: string): Promise<void> {
  assertCanEditFrameworks(ctx);
  await withTransaction(db, async (trx) => {
    if ((await repo.deleteLink(trx, fromId, toId)) === 0) throw new NotFoundError();
    await recordAudit(trx, ctx, { action: 'priority_link.delete', entityType: 'priority_link', entityId: `${fromId}>${toId}`, before: { fromId, toId } });
  });
}
