import type { DbOrTrx } from '../../platform/db/database.ts';
import type { FrameworkRow, PriorityLinkRow, PriorityRow } from '../../platform/db/schema.ts';

// ---- frameworks ----------------------------------------------------------------------------

export function listFrameworks(db: DbOrTrx): Promise<(FrameworkRow & { priority_count: number })[]> {
  return db
    .selectFrom('frameworks')
    .selectAll('frameworks')
    .select((eb) => eb.selectFrom('priorities').select(eb.fn.countAll<number>().as('n')).whereRef('priorities.framework_id', '=', 'frameworks.id').as('priority_count'))
    .orderBy('created_at')
    .orderBy('code')
    .execute() as Promise<(FrameworkRow & { priority_count: number })[]>;
}

export function findFramework(db: DbOrTrx, id: string): Promise<FrameworkRow | undefined> {
  return db.selectFrom('frameworks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findFrameworkByCode(db: DbOrTrx, code: string): Promise<FrameworkRow | undefined> {
  return db.selectFrom('frameworks').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertFramework(db: DbOrTrx, f: FrameworkRow): Promise<void> {
  await db.insertInto('frameworks').values(f).execute();
}

export async function updateFramework(db: DbOrTrx, id: string, patch: Partial<FrameworkRow>): Promise<void> {
  await db.updateTable('frameworks').set(patch).where('id', '=', id).execute();
}

export async function deleteFramework(db: DbOrTrx, id: string): Promise<void> {
  // Links and priorities go with it (ON DELETE CASCADE); children first for SQLite's FK order.
  await db.deleteFrom('priority_links').where((eb) => eb.or([
    eb('from_priority_id', 'in', eb.selectFrom('priorities').select('id').where('framework_id', '=', id)),
    eb('to_priority_id', 'in', eb.selectFrom('priorities').select('id').where('framework_id', '=', id)),
  ])).execute();
  await db.updateTable('priorities').set({ parent_id: null }).where('framework_id', '=', id).execute();
  await db.deleteFrom('priorities').where('framework_id', '=', id).execute();
  await db.deleteFrom('frameworks').where('id', '=', id).execute();
}

// ---- priorities ----------------------------------------------------------------------------

export function listPrioritiesOfFramework(db: DbOrTrx, frameworkId: string): Promise<PriorityRow[]> {
  return db.selectFrom('priorities').selectAll().where('framework_id', '=', frameworkId).orderBy('position').orderBy('code').execute();
}

export function findPriority(db: DbOrTrx, id: string): Promise<PriorityRow | undefined> {
  return db.selectFrom('priorities').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPriorities(db: DbOrTrx, ids: readonly string[]): Promise<PriorityRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('priorities').selectAll().where('id', 'in', ids).execute();
}

export function findPriorityByCode(db: DbOrTrx, frameworkId: string, code: string): Promise<PriorityRow | undefined> {
  return db.selectFrom('priorities').selectAll().where('framework_id', '=', frameworkId).where('code', '=', code).executeTakeFirst();
}

export async function insertPriority(db: DbOrTrx, p: PriorityRow): Promise<void> {
  await db.insertInto('priorities').values(p).execute();
}

export async function updatePriority(db: DbOrTrx, id: string, patch: Partial<PriorityRow>): Promise<void> {
  await db.updateTable('priorities').set(patch).where('id', '=', id).execute();
}

export async function deletePriority(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('priority_links').where((eb) => eb.or([eb('from_priority_id', '=', id), eb('to_priority_id', '=', id)])).execute();
  await db.deleteFrom('priorities').where('id', '=', id).execute();
}

export async function countChildren(db: DbOrTrx, id: string): Promise<number> {
  const r = await db.selectFrom('priorities').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Children of any of `ids` (one level). */
export function listChildren(db: DbOrTrx, ids: readonly string[]): Promise<PriorityRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('priorities').selectAll().where('parent_id', 'in', ids).execute();
}

/** Priorities whose code or titles contain `q` (for pickers); `q` is matched case-insensitively. */
export function searchPriorities(db: DbOrTrx, q: string, frameworkId: string | undefined, limit: number) {
  const like = `%${q.toLowerCase().replace(/[%_\\]/g, '')}%`;
  let query = db
    .selectFrom('priorities')
    .innerJoin('frameworks', 'frameworks.id', 'priorities.framework_id')
    .selectAll('priorities')
    .select(['frameworks.code as framework_code', 'frameworks.level as framework_level', 'frameworks.name_ar as framework_name_ar', 'frameworks.name_en as framework_name_en'])
    .where((eb) => eb.or([
      eb('priorities.code', 'like', like),
      eb('priorities.title_ar', 'like', like),
      eb(eb.fn('lower', ['priorities.title_en']), 'like', like),
      eb('priorities.short_ar', 'like', like),
      eb(eb.fn('lower', ['priorities.short_en']), 'like', like),
    ]));
  if (frameworkId) query = query.where('priorities.framework_id', '=', frameworkId);
  return query.orderBy('frameworks.level').orderBy('priorities.position').limit(limit).execute();
}

// ---- crosswalk -----------------------------------------------------------------------------

export async function insertLink(db: DbOrTrx, l: PriorityLinkRow): Promise<void> {
  await db.insertInto('priority_links').values(l).execute();
}

export async function deleteLink(db: DbOrTrx, fromId: string, toId: string): Promise<number> {
  const r = await db.deleteFrom('priority_links').where('from_priority_id', '=', fromId).where('to_priority_id', '=', toId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Links leaving any of `ids` (upward: to the priorities they contribute to). */
export function linksFrom(db: DbOrTrx, ids: readonly string[]): Promise<PriorityLinkRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('priority_links').selectAll().where('from_priority_id', 'in', ids).execute();
}

/** Links arriving at any of `ids` (downward: the priorities that contribute to them). */
export function linksTo(db: DbOrTrx, ids: readonly string[]): Promise<PriorityLinkRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('priority_links').selectAll().where('to_priority_id', 'in', ids).execute();
}

/** Every link touching a framework's priorities, with the other side's framework (for export). */
export function linksOfFramework(db: DbOrTrx, frameworkId: string) {
  return db
    .selectFrom('priority_links')
    .innerJoin('priorities as f', 'f.id', 'priority_links.from_priority_id')
    .innerJoin('priorities as t', 't.id', 'priority_links.to_priority_id')
    .innerJoin('frameworks as ff', 'ff.id', 'f.framework_id')
    .innerJoin('frameworks as tf', 'tf.id', 't.framework_id')
    .leftJoin('users', 'users.id', 'priority_links.created_by')
    .select(['users.display_name as created_by_name', 'f.title_ar as from_title_ar', 'f.title_en as from_title_en', 't.title_ar as to_title_ar', 't.title_en as to_title_en', 'priority_links.from_priority_id', 'priority_links.to_priority_id', 'priority_links.created_by', 'priority_links.created_at', 'f.code as from_code', 'ff.code as from_framework', 't.code as to_code', 'tf.code as to_framework'])
    .where((eb) => eb.or([eb('f.framework_id', '=', frameworkId), eb('t.framework_id', '=', frameworkId)]))
    .execute();
}

/** Priorities with their framework's code and level (for tags shown on records). */
export function findPrioritiesWithFramework(db: DbOrTrx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('priorities')
    .innerJoin('frameworks', 'frameworks.id', 'priorities.framework_id')
    .selectAll('priorities')
    .select(['frameworks.code as framework_code', 'frameworks.level as framework_level'])
    .where('priorities.id', 'in', ids)
    .execute();
}

/** A priority by framework code and priority code (seeds and filters by code). */
export function findPriorityByCodes(db: DbOrTrx, frameworkCode: string, code: string) {
  return db
    .selectFrom('priorities')
    .innerJoin('frameworks', 'frameworks.id', 'priorities.framework_id')
    .selectAll('priorities')
    .where('frameworks.code', '=', frameworkCode)
    .where('priorities.code', '=', code)
    .executeTakeFirst();
}
