import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { InitiativeRow, NeedRow } from '../../platform/db/schema.ts';

// ---- initiatives ---------------------------------------------------------------------------

export async function insertInitiative(db: DbOrTrx, row: InitiativeRow): Promise<void> {
  await db.insertInto('initiatives').values(row).execute();
}

export function findInitiative(db: DbOrTrx, id: string): Promise<InitiativeRow | undefined> {
  return db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateInitiative(db: DbOrTrx, id: string, patch: Partial<InitiativeRow>): Promise<void> {
  await db.updateTable('initiatives').set(patch).where('id', '=', id).execute();
}

/**
 * Moves an initiative between statuses only if it is still in `from` (optimistic check): of two
 * reviewers acting at once, exactly one succeeds.
 */
export async function transitionInitiative(db: DbOrTrx, id: string, from: string, patch: Partial<InitiativeRow>): Promise<boolean> {
  const r = await db.updateTable('initiatives').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function listInitiativeIdsOfOrganisation(db: DbOrTrx, orgId: string): Promise<{ id: string }[]> {
  return db.selectFrom('initiatives').select('id').where('organisation_id', '=', orgId).execute();
}

/** Filters for initiative lists; `ids` restricts to a set (search hits), `priorityIds` to tags. */
export interface InitiativeFilter {
  statuses: readonly string[];
  emirate?: string;
  organisationId?: string;
  needKind?: string;
  priorityIds?: readonly string[];
  ids?: readonly string[];
}

export type InitiativeSort = 'newest' | 'ending_soon' | 'most_needed' | 'relevance';

/** A page of initiatives with their organisation's names. `rank` orders search hits for `relevance`. */
export async function listInitiatives(db: DbOrTrx, f: InitiativeFilter, sort: InitiativeSort, limit: number, offset: number, rank?: Map<string, number>) {
  let q = db.selectFrom('initiatives').innerJoin('organisations', 'organisations.id', 'initiatives.organisation_id').where('initiatives.status', 'in', f.statuses);
  if (f.emirate) q = q.where('initiatives.emirate', '=', f.emirate);
  if (f.organisationId) q = q.where('initiatives.organisation_id', '=', f.organisationId);
  if (f.needKind) q = q.where((eb) => eb.exists(eb.selectFrom('needs').select('needs.id').whereRef('needs.initiative_id', '=', 'initiatives.id').where('needs.kind', '=', f.needKind!)));
  if (f.priorityIds) {
    if (f.priorityIds.length === 0) return { rows: [], total: 0 };
    q = q.where((eb) => eb.exists(eb.selectFrom('initiative_priorities').select('initiative_priorities.priority_id').whereRef('initiative_priorities.initiative_id', '=', 'initiatives.id').where('initiative_priorities.priority_id', 'in', f.priorityIds!)));
  }
  if (f.ids) {
    if (f.ids.length === 0) return { rows: [], total: 0 };
    q = q.where('initiatives.id', 'in', f.ids);
  }
  const count = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rows = q.selectAll('initiatives').select(['organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en']);
  if (sort === 'ending_soon') {
    // Initiatives with an end date come first, soonest first; open-ended ones last.
    rows = rows.orderBy(sql`case when initiatives.end_date is null then 1 else 0 end`).orderBy('initiatives.end_date').orderBy('initiatives.created_at', 'desc');
  } else if (sort === 'most_needed') {
    // The most open needs first (needs still open are what "most needed" means until the ledger
    // gives progress; see docs/initiatives.md).
    rows = rows.orderBy(sql`(select count(*) from needs where needs.initiative_id = initiatives.id and needs.status = 'open')`, 'desc').orderBy('initiatives.created_at', 'desc');
  } else {
    rows = rows.orderBy('initiatives.created_at', 'desc');
  }
  rows = rows.orderBy('initiatives.id');
  if (sort === 'relevance' && rank && f.ids) {
    // Ranked hits are few (bounded by the search limit): order them in memory by rank.
    const all = await rows.execute();
    all.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    return { rows: all.slice(offset, offset + limit), total: Number(count.n) };
  }
  return { rows: await rows.limit(limit).offset(offset).execute(), total: Number(count.n) };
}

// ---- priority tags -------------------------------------------------------------------------

export async function setInitiativePriorities(db: DbOrTrx, initiativeId: string, priorityIds: readonly string[]): Promise<void> {
  await db.deleteFrom('initiative_priorities').where('initiative_id', '=', initiativeId).execute();
  if (priorityIds.length) await db.insertInto('initiative_priorities').values(priorityIds.map((priority_id) => ({ initiative_id: initiativeId, priority_id }))).execute();
}

export async function listPriorityIdsOf(db: DbOrTrx, initiativeIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(initiativeIds.map((id) => [id, []]));
  if (initiativeIds.length === 0) return map;
  const rows = await db.selectFrom('initiative_priorities').selectAll().where('initiative_id', 'in', initiativeIds).execute();
  for (const r of rows) map.get(r.initiative_id)?.push(r.priority_id);
  return map;
}

// ---- needs ---------------------------------------------------------------------------------

export async function insertNeed(db: DbOrTrx, row: NeedRow): Promise<void> {
  await db.insertInto('needs').values(row).execute();
}

export function findNeed(db: DbOrTrx, initiativeId: string, needId: string): Promise<NeedRow | undefined> {
  return db.selectFrom('needs').selectAll().where('initiative_id', '=', initiativeId).where('id', '=', needId).executeTakeFirst();
}

export async function updateNeed(db: DbOrTrx, id: string, patch: Partial<NeedRow>): Promise<void> {
  await db.updateTable('needs').set(patch).where('id', '=', id).execute();
}

export async function deleteNeed(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('needs').where('id', '=', id).execute();
}

export async function listNeedsOf(db: DbOrTrx, initiativeIds: readonly string[]): Promise<NeedRow[]> {
  if (initiativeIds.length === 0) return [];
  return db.selectFrom('needs').selectAll().where('initiative_id', 'in', initiativeIds).orderBy('priority_order').orderBy('created_at').execute();
}

// ---- files ---------------------------------------------------------------------------------

export async function insertFile(db: DbOrTrx, f: { id: string; content_type: string; size: number; sha256: string; data: Buffer; created_by: string | null; created_at: string }): Promise<void> {
  await db.insertInto('files').values(f).execute();
}

export function findFile(db: DbOrTrx, id: string) {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteFile(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('files').where('id', '=', id).execute();
}

/** Organisation names, for the search index. */
export function findOrganisationNames(db: DbOrTrx, orgId: string) {
  return db.selectFrom('organisations').select(['name_ar', 'name_en', 'status']).where('id', '=', orgId).executeTakeFirst();
}
