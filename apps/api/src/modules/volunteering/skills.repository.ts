import type { DbOrTrx } from '../../platform/db/database.ts';
import type { VolunteerSkillRow } from '../../platform/db/schema.ts';

/** The list in display order (sort order, then code); active skills only unless `all`. */
export function listSkills(db: DbOrTrx, opts: { all: boolean }): Promise<VolunteerSkillRow[]> {
  let q = db.selectFrom('volunteer_skills').selectAll();
  if (!opts.all) q = q.where('active', '=', 1);
  return q.orderBy('sort_order').orderBy('code').execute();
}

/** One skill by code, active or not. */
export function findSkill(db: DbOrTrx, code: string): Promise<VolunteerSkillRow | undefined> {
  return db.selectFrom('volunteer_skills').selectAll().where('code', '=', code).executeTakeFirst();
}

export function skillCodes(db: DbOrTrx): Promise<{ code: string }[]> {
  return db.selectFrom('volunteer_skills').select('code').execute();
}

/** The highest sort order in use (0 for an empty list). */
export async function maxSortOrder(db: DbOrTrx): Promise<number> {
  const r = await db.selectFrom('volunteer_skills').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
  return Number(r?.m ?? 0);
}

export async function insertSkill(db: DbOrTrx, row: VolunteerSkillRow): Promise<void> {
  await db.insertInto('volunteer_skills').values(row).execute();
}

/** Adds rows whose code is not there yet; a code another process added meanwhile is left alone. */
export async function insertMissingSkills(db: DbOrTrx, rows: VolunteerSkillRow[]): Promise<void> {
  if (rows.length) await db.insertInto('volunteer_skills').values(rows).onConflict((oc) => oc.column('code').doNothing()).execute();
}

export async function updateSkill(db: DbOrTrx, code: string, patch: Partial<Omit<VolunteerSkillRow, 'code' | 'created_at'>>): Promise<void> {
  await db.updateTable('volunteer_skills').set(patch).where('code', '=', code).execute();
}
