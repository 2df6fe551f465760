import { randomInt, randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import type { OpportunityRow, ShiftRow } from '../../platform/db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import { roleIn, type RequestContext } from '../../platform/http/context.ts';
import { memberRoleAtLeast } from '../../../../../packages/shared/src/index.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './volunteering.repository.ts';
import { findSkill } from './skills.service.ts';
import { expandDown } from '../priorities/index.ts';
import { presentAttendance } from './attendance.presenter.ts';
import type { CreateOpportunityInput, ListOpportunitiesQuery, ShiftsInput } from './volunteering.schemas.ts';

const GST_OFFSET = '+04:00';
// Letters and digits that cannot be mistaken for each other when read off a sign (no 0/O, 1/I/L).
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A six-character code the organiser shows on site; volunteers enter it to check themselves in. */
export function newCheckCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Managers (and owners) of the organisation; others get 404 (not theirs) or 403 (members). */
export function assertManager(ctx: RequestContext, orgId: string): void {
  if (!ctx.actor) throw new UnauthenticatedError();
  const role = roleIn(ctx.actor, orgId);
  if (!role) throw new NotFoundError();
  if (!memberRoleAtLeast(role, 'manager')) throw new ForbiddenError();
}

/** Any member of the organisation; everyone else gets 404 (never reveal what is not theirs). */
export function assertMember(ctx: RequestContext, orgId: string): void {
  if (!ctx.actor) throw new UnauthenticatedError();
  if (!roleIn(ctx.actor, orgId)) throw new NotFoundError();
}

/** An organisation turns a time need into an opportunity people can sign up for. */
export async function createOpportunity(db: Db, ctx: RequestContext, orgId: string, input: CreateOpportunityInput) {
  assertManager(ctx, orgId);
  return withTransaction(db, async (trx) => {
    const ini = await repo.findInitiativeOwner(trx, input.initiativeId);
    if (!ini || ini.organisation_id !== orgId) throw new ValidationError('Unknown initiative.', { fields: [{ path: 'initiativeId', code: 'validation.unknown_reference', message: 'Not an initiative of this organisation.' }] });
    const need = await repo.findNeed(trx, input.needId);
    if (!need || need.initiative_id !== input.initiativeId || need.kind !== 'time') throw new ValidationError('Choose a time need of this initiative.', { fields: [{ path: 'needId', code: 'validation.unknown_reference', message: 'Not a time need of this initiative.' }] });
    if (!['approved', 'active'].includes(ini.status)) throw new ConflictError('contribution.initiative_not_open', 'The initiative is not live.');
    const now = nowIso();
    const row: OpportunityRow = {
      id: randomUUID(), organisation_id: orgId, initiative_id: input.initiativeId, need_id: input.needId,
      title_ar: input.titleAr ?? null, title_en: input.titleEn ?? null, description_ar: input.descriptionAr ?? null, description_en: input.descriptionEn ?? null,
      emirate: input.emirate, area_ar: input.areaAr ?? null, area_en: input.areaEn ?? null, address: input.address ?? null, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
      skills: JSON.stringify(input.skills), languages: JSON.stringify(input.languages), min_age: input.minAge ?? null, audience: input.audience,
      instructions_ar: input.instructionsAr ?? null, instructions_en: input.instructionsEn ?? null, status: 'open', created_by: ctx.actor!.userId, created_at: now, updated_at: now,
    };
    await repo.insertOpportunity(trx, row);
    await recordAudit(trx, ctx, { action: 'opportunity.create', entityType: 'opportunity', entityId: row.id, after: { titleAr: row.title_ar, titleEn: row.title_en, initiativeId: row.initiative_id }, organisationId: orgId });
    return presentOpportunity(row);
  });
}

export function presentOpportunity(o: OpportunityRow) {
  return {
    id: o.id, organisationId: o.organisation_id, initiativeId: o.initiative_id, needId: o.need_id, titleAr: o.title_ar, titleEn: o.title_en,
    descriptionAr: o.description_ar, descriptionEn: o.description_en, emirate: o.emirate, areaAr: o.area_ar, areaEn: o.area_en, address: o.address,
    latitude: o.latitude, longitude: o.longitude, skills: JSON.parse(o.skills) as string[], languages: JSON.parse(o.languages) as string[],
    minAge: o.min_age, audience: o.audience, instructionsAr: o.instructions_ar, instructionsEn: o.instructions_en, status: o.status, createdAt: o.created_at,
  };
}

/** The dates from `from` to `until` (inclusive) that fall on the given weekdays (0 = Sunday). */
export function weeklyDates(from: string, until: string, weekdays: number[]): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${until}T00:00:00Z`) && out.length < 366; d.setUTCDate(d.getUTCDate() + 1)) {
    if (weekdays.includes(d.getUTCDay())) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Adds one shift or a weekly series (at most a year of them) to an opportunity. */
export async function addShifts(db: Db, ctx: RequestContext, opportunityId: string, input: ShiftsInput) {
  const o = await repo.findOpportunity(db, opportunityId);
  if (!o) throw new NotFoundError();
  assertManager(ctx, o.organisation_id);
  const now = nowIso();
  const make = (startsAt: string, endsAt: string): ShiftRow => ({ id: randomUUID(), opportunity_id: opportunityId, starts_at: new Date(startsAt).toISOString(), ends_at: new Date(endsAt).toISOString(), capacity: input.capacity, status: 'scheduled', check_code: newCheckCode(), created_at: now, updated_at: now });
  const rows = 'weekly' in input
    ? weeklyDates(input.weekly.from, input.weekly.until, input.weekly.weekdays).map((d) => make(`${d}T${input.weekly.startTime}:00${GST_OFFSET}`, `${d}T${input.weekly.endTime}:00${GST_OFFSET}`))
    : [make(input.startsAt, input.endsAt)];
  if (rows.length === 0) throw new ValidationError('No date in that range falls on those weekdays.', { fields: [{ path: 'weekly.weekdays', code: 'validation.invalid_value', message: 'No dates.' }] });
  await withTransaction(db, async (trx) => {
    await repo.insertShifts(trx, rows);
    await recordAudit(trx, ctx, { action: 'shift.create', entityType: 'opportunity', entityId: opportunityId, after: { shifts: rows.length, capacity: input.capacity }, organisationId: o.organisation_id });
  });
  return { items: rows.map((r) => ({ id: r.id, startsAt: r.starts_at, endsAt: r.ends_at, capacity: r.capacity })) };
}

/** An opportunity with its organisation, its shifts and how full each is (public while open). */
export async function getOpportunity(db: Db, id: string) {
  const o = await repo.findOpportunityWithOrganisation(db, id);
  if (!o) throw new NotFoundError();
  const shifts = await repo.shiftsWithCounts(db, id);
  return {
    ...presentOpportunity(o),
    organisation: { id: o.organisation_id, nameAr: o.org_name_ar, nameEn: o.org_name_en },
    shifts: shifts.map((s) => ({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at, capacity: s.capacity, status: s.status, confirmed: Number(s.confirmed), waitlisted: Number(s.waitlisted), placesLeft: Math.max(0, s.capacity - Number(s.confirmed)) })),
  };
}

/**
 * Open opportunities with filters. A priority matches at any level, as in the initiative
 * catalogue: SDG 4 finds opportunities of initiatives tagged with a Dubai aim linked to it.
 */
export async function listOpportunities(db: Db, f: ListOpportunitiesQuery, page: PageQuery) {
  const priorityIds = f.priorityId ? [...(await expandDown(db, [f.priorityId]))] : undefined;
  // Any listed code, active or not: opportunities keep the codes they stored when a skill is deactivated.
  const known = f.skill ? await findSkill(db, f.skill.toLowerCase()) : undefined;
  // A code from the list also matches opportunities that wrote the skill's name in either language.
  const skills = known ? [known.code, known.name_ar, known.name_en] : f.skill ? [f.skill] : undefined;
  const [rows, count] = await repo.listOpenOpportunities(db, {
    emirate: f.emirate, language: f.language, q: f.q, skills, priorityIds,
    from: f.from ? `${f.from}T00:00:00.000Z` : undefined, to: f.to ? `${f.to}T23:59:59.999Z` : undefined,
  }, page.pageSize, offsetOf(page));
  return { items: rows.map((r) => ({ ...presentOpportunity(r), organisation: { id: r.organisation_id, nameAr: r.org_name_ar, nameEn: r.org_name_en } })), page: page.page, pageSize: page.pageSize, total: Number(count.n) };
}

/** My sign-ups with their shifts, opportunity (and its organisation) and, once there is one, my attendance record. */
export async function myShifts(db: Db, ctx: RequestContext) {
  const rows = await repo.mySignups(db, ctx.actor!.userId);
  return {
    items: rows.map((r) => ({
      id: r.id, status: r.status, shiftId: r.shift_id, startsAt: r.starts_at, endsAt: r.ends_at, shiftStatus: r.shift_status,
      opportunity: {
        id: r.opportunity_id, titleAr: r.title_ar, titleEn: r.title_en, emirate: r.emirate,
        organisation: { id: r.organisation_id, nameAr: r.org_name_ar, nameEn: r.org_name_en },
      },
      attendance: r.attendance_id ? presentAttendance({ ...r, id: r.attendance_id, status: r.attendance_status! }) : null,
    })),
  };
}

/** Every opportunity of an organisation, in any status, with how many shifts each has. */
export async function listOrganisationOpportunities(db: Db, orgId: string, page: PageQuery) {
  const { rows, total } = await repo.listOrganisationOpportunities(db, orgId, nowIso(), page.pageSize, offsetOf(page));
  return {
    items: rows.map((r) => ({ ...presentOpportunity(r), shiftCounts: { total: Number(r.shifts_total), upcoming: Number(r.shifts_upcoming), cancelled: Number(r.shifts_cancelled) } })),
    page: page.page, pageSize: page.pageSize, total,
  };
}
