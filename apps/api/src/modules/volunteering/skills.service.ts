import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import type { VolunteerSkillRow } from '../../platform/db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './skills.repository.ts';
import type { CreateSkillInput, UpdateSkillInput } from './skills.schemas.ts';

/** The list every installation starts with; admins keep it in the console after that. */
const DEFAULTS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/volunteer-skills.json');
/** Gap between sort orders, so a skill can be placed between two others without renumbering. */
const SORT_STEP = 10;

interface DefaultSkill { code: string; nameAr: string; nameEn: string }
let defaults: DefaultSkill[] | null = null;
export function defaultSkills(): DefaultSkill[] {
  defaults ??= JSON.parse(fs.readFileSync(DEFAULTS_FILE, 'utf8')) as DefaultSkill[];
  return defaults;
}

/**
 * Adds the shipped skills whose code is not in the table yet (every start, every test database).
 * A skill admins renamed or deactivated stays as they left it; a code added to the file in a
 * later release appears on the next start.
 */
export async function ensureVolunteerSkills(db: Db): Promise<void> {
  const have = new Set((await repo.skillCodes(db)).map((r) => r.code));
  const now = nowIso();
  const missing = defaultSkills().map((s, i) => ({ ...s, sortOrder: (i + 1) * SORT_STEP })).filter((s) => !have.has(s.code));
  await repo.insertMissingSkills(db, missing.map((s) => ({ code: s.code, name_ar: s.nameAr, name_en: s.nameEn, active: 1, sort_order: s.sortOrder, created_at: now, updated_at: now })));
}

export const presentPublicSkill = (r: VolunteerSkillRow) => ({ code: r.code, nameAr: r.name_ar, nameEn: r.name_en });
export const presentSkill = (r: VolunteerSkillRow) => ({ ...presentPublicSkill(r), active: r.active === 1, sortOrder: r.sort_order, createdAt: r.created_at, updatedAt: r.updated_at });

function assertAdmin(ctx: RequestContext): void {
  if (ctx.actor?.platformRole !== 'admin') throw new ForbiddenError();
}

/** The public list: active skills in display order (free text is allowed as well). */
export async function publicSkills(db: DbOrTrx) {
  return { items: (await repo.listSkills(db, { all: false })).map(presentPublicSkill) };
}

/** Every skill, inactive ones too, for the console. */
export async function allSkills(db: DbOrTrx, ctx: RequestContext) {
  assertAdmin(ctx);
  return { items: (await repo.listSkills(db, { all: true })).map(presentSkill) };
}

/** A skill by code, active or not (a stored code keeps its names after deactivation). */
export function findSkill(db: DbOrTrx, code: string) {
  return repo.findSkill(db, code);
}

/** Adds a skill at the end of the list. */
export async function createSkill(db: Db, ctx: RequestContext, input: CreateSkillInput) {
  assertAdmin(ctx);
  return withTransaction(db, async (trx) => {
    const now = nowIso();
    const row: VolunteerSkillRow = { code: input.code, name_ar: input.nameAr, name_en: input.nameEn, active: 1, sort_order: (await repo.maxSortOrder(trx)) + SORT_STEP, created_at: now, updated_at: now };
    try {
      await repo.insertSkill(trx, row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('skill.code_taken', 'A skill with this code already exists.');
      throw err;
    }
    await recordAudit(trx, ctx, { action: 'volunteer_skill.create', entityType: 'volunteer_skill', entityId: row.code, after: presentSkill(row), organisationId: null });
    return presentSkill(row);
  });
}

/**
 * Renames, reorders, deactivates or reactivates a skill. Profiles and opportunities keep the codes
 * they store: an inactive skill only leaves the public list (and so the pickers).
 */
export async function updateSkill(db: Db, ctx: RequestContext, code: string, input: UpdateSkillInput) {
  assertAdmin(ctx);
  return withTransaction(db, async (trx) => {
    const before = await repo.findSkill(trx, code);
    if (!before) throw new NotFoundError();
    const patch = {
      ...(input.nameAr !== undefined && { name_ar: input.nameAr }),
      ...(input.nameEn !== undefined && { name_en: input.nameEn }),
      ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
      ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
    };
    if (!Object.keys(patch).length) return presentSkill(before);
    const after = { ...before, ...patch, updated_at: nowIso() };
    await repo.updateSkill(trx, code, { ...patch, updated_at: after.updated_at });
    await recordAudit(trx, ctx, { action: 'volunteer_skill.update', entityType: 'volunteer_skill', entityId: code, before: presentSkill(before), after: presentSkill(after), organisationId: null });
    return presentSkill(after);
  });
}
