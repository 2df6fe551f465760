import { sql, type ExpressionBuilder } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { dialectOf } from '../../platform/db/database.ts';
import type { Database, OpportunityRow, ShiftRow, ShiftSignupRow, VolunteerProfileRow } from '../../platform/db/schema.ts';

export async function insertOpportunity(db: DbOrTrx, row: OpportunityRow): Promise<void> {
  await db.insertInto('opportunities').values(row).execute();
}

export function findOpportunity(db: DbOrTrx, id: string) {
  return db.selectFrom('opportunities').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An opportunity with its organisation's names (for the public page). */
export function findOpportunityWithOrganisation(db: DbOrTrx, id: string) {
  return db.selectFrom('opportunities').innerJoin('organisations', 'organisations.id', 'opportunities.organisation_id')
    .selectAll('opportunities').select(['organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en'])
    .where('opportunities.id', '=', id).executeTakeFirst();
}

export async function insertShifts(db: DbOrTrx, rows: ShiftRow[]): Promise<void> {
  if (rows.length) await db.insertInto('shifts').values(rows).execute();
}

/**
 * A shift, locked for the rest of the transaction on PostgreSQL (FOR UPDATE), so sign-ups to one
 * shift are decided one after another even across app processes. SQLite has one writer already.
 */
export function lockShift(db: DbOrTrx, id: string) {
  const q = db.selectFrom('shifts').innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .selectAll('shifts').select(['opportunities.min_age', 'opportunities.status as opportunity_status', 'opportunities.organisation_id', 'opportunities.title_ar', 'opportunities.title_en'])
    .where('shifts.id', '=', id);
  return (dialectOf(db) === 'postgres' ? q.forUpdate('shifts') : q).executeTakeFirst();
}

/**
 * Serialises what changes one person's places and hours (two overlapping sign-ups at once, a
 * promotion, an attendance write) on PostgreSQL. Lock order everywhere: at most one shift row
 * first, then people, then attendance rows.
 */
export async function lockPerson(db: DbOrTrx, userId: string): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`signup:${userId}`}))`.execute(db);
}

/**
 * Locks several people at once (a shift being moved), always in the same order (sorted ids), so
 * two transactions holding several never wait for each other in a circle.
 */
export async function lockPeople(db: DbOrTrx, userIds: readonly string[]): Promise<void> {
  const ids = [...new Set(userIds)].sort();
  if (dialectOf(db) !== 'postgres' || !ids.length) return;
  // One round trip; the function scan of unnest yields the array in order.
  await sql`select count(pg_advisory_xact_lock(hashtext('signup:' || u))) from unnest(${ids}::text[]) as u`.execute(db);
}

/** Everyone with a place on the shift (confirmed or waiting) or an attendance record there. */
export async function peopleOnShift(db: DbOrTrx, shiftId: string): Promise<string[]> {
  const [signed, attended] = await Promise.all([
    db.selectFrom('shift_signups').select('user_id').where('shift_id', '=', shiftId).where('status', 'in', ['confirmed', 'waitlisted']).execute(),
    db.selectFrom('shift_attendance').select('user_id').where('shift_id', '=', shiftId).execute(),
  ]);
  return [...new Set([...signed, ...attended].map((r) => r.user_id))];
}

/** The people confirmed for a shift. */
export async function confirmedPeople(db: DbOrTrx, shiftId: string): Promise<string[]> {
  const rows = await db.selectFrom('shift_signups').select('user_id').where('shift_id', '=', shiftId).where('status', '=', 'confirmed').execute();
  return rows.map((r) => r.user_id);
}

export async function countConfirmed(db: DbOrTrx, shiftId: string): Promise<number> {
  const r = await db.selectFrom('shift_signups').select((eb) => eb.fn.countAll<number>().as('n')).where('shift_id', '=', shiftId).where('status', '=', 'confirmed').executeTakeFirstOrThrow();
  return Number(r.n);
}

export function findSignup(db: DbOrTrx, shiftId: string, userId: string) {
  return db.selectFrom('shift_signups').selectAll().where('shift_id', '=', shiftId).where('user_id', '=', userId).executeTakeFirst();
}

export async function insertSignup(db: DbOrTrx, row: ShiftSignupRow): Promise<void> {
  await db.insertInto('shift_signups').values(row).execute();
}

export async function setSignupStatus(db: DbOrTrx, id: string, status: string, now: string): Promise<void> {
  await db.updateTable('shift_signups').set({ status, updated_at: now }).where('id', '=', id).execute();
}

/** The person's confirmed shifts overlapping [startsAt, endsAt), other than `shiftId`. */
export function overlapping(db: DbOrTrx, userId: string, shiftId: string, startsAt: string, endsAt: string) {
  return db.selectFrom('shift_signups').innerJoin('shifts', 'shifts.id', 'shift_signups.shift_id')
    .select(['shifts.id', 'shifts.starts_at', 'shifts.ends_at'])
    .where('shift_signups.user_id', '=', userId).where('shift_signups.status', '=', 'confirmed').where('shifts.status', '=', 'scheduled')
    .where('shifts.id', '!=', shiftId).where('shifts.starts_at', '<', endsAt).where('shifts.ends_at', '>', startsAt)
    .execute();
}

/**
 * The first person on the waitlist (first come, first served) who can take a place: people holding
 * a confirmed place on another scheduled shift at an overlapping time are passed over while that
 * clash lasts (they keep their place in the queue). `except`: sign-ups to pass over as well.
 */
export function firstWaitlisted(db: DbOrTrx, shift: { id: string; starts_at: string; ends_at: string }, except: readonly string[] = []) {
  return db.selectFrom('shift_signups as w').selectAll('w')
    .where('w.shift_id', '=', shift.id).where('w.status', '=', 'waitlisted')
    .$if(except.length > 0, (q) => q.where('w.id', 'not in', [...except]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('shift_signups as o').innerJoin('shifts as os', 'os.id', 'o.shift_id').select('o.id')
      .whereRef('o.user_id', '=', 'w.user_id').where('o.status', '=', 'confirmed').where('os.status', '=', 'scheduled')
      .where('os.id', '!=', shift.id).where('os.starts_at', '<', shift.ends_at).where('os.ends_at', '>', shift.starts_at))))
    .orderBy('w.created_at').orderBy('w.id').limit(1).executeTakeFirst();
}

/**
 * People confirmed for the shift who hold a confirmed place on another scheduled shift overlapping
 * [startsAt, endsAt): one row per clash, with how to reach them and what the other shift is.
 */
export function confirmedClashes(db: DbOrTrx, shiftId: string, startsAt: string, endsAt: string) {
  return db.selectFrom('shift_signups as s')
    .innerJoin('users', 'users.id', 's.user_id')
    .innerJoin('shift_signups as o', 'o.user_id', 's.user_id')
    .innerJoin('shifts as os', 'os.id', 'o.shift_id')
    .innerJoin('opportunities as oo', 'oo.id', 'os.opportunity_id')
    .select(['s.user_id', 'users.display_name', 'users.email', 'users.locale', 'os.id as other_shift_id', 'os.starts_at as other_starts_at', 'oo.title_ar as other_title_ar', 'oo.title_en as other_title_en'])
    .where('s.shift_id', '=', shiftId).where('s.status', '=', 'confirmed')
    .where('o.status', '=', 'confirmed').where('os.status', '=', 'scheduled').where('os.id', '!=', shiftId)
    .where('os.starts_at', '<', endsAt).where('os.ends_at', '>', startsAt)
    .orderBy('s.created_at').orderBy('s.user_id').orderBy('os.starts_at').orderBy('os.id')
    .execute();
}

/** Scheduled shifts (other than `exceptShiftId`) overlapping [startsAt, endsAt) on which any of these people is waiting. */
export async function waitlistedOverlapping(db: DbOrTrx, userIds: readonly string[], exceptShiftId: string, startsAt: string, endsAt: string): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await db.selectFrom('shift_signups').innerJoin('shifts', 'shifts.id', 'shift_signups.shift_id').select('shifts.id').distinct()
    .where('shift_signups.user_id', 'in', [...userIds]).where('shift_signups.status', '=', 'waitlisted').where('shifts.status', '=', 'scheduled')
    .where('shifts.id', '!=', exceptShiftId).where('shifts.starts_at', '<', endsAt).where('shifts.ends_at', '>', startsAt)
    .orderBy('shifts.id').execute();
  return rows.map((r) => r.id);
}

/** Upcoming scheduled shifts with free places and someone waiting (the hourly safety net). */
export async function shiftsWithFreePlacesAndWaitlist(db: DbOrTrx, now: string): Promise<string[]> {
  const rows = await db.selectFrom('shifts').select('shifts.id')
    .where('shifts.status', '=', 'scheduled').where('shifts.starts_at', '>', now)
    .where((eb) => eb.exists(eb.selectFrom('shift_signups').select('shift_signups.id').whereRef('shift_signups.shift_id', '=', 'shifts.id').where('shift_signups.status', '=', 'waitlisted')))
    .where((eb) => eb(eb.selectFrom('shift_signups').select(eb.fn.countAll<number>().as('n')).whereRef('shift_signups.shift_id', '=', 'shifts.id').where('shift_signups.status', '=', 'confirmed'), '<', eb.ref('shifts.capacity')))
    .orderBy('shifts.starts_at').limit(500).execute();
  return rows.map((r) => r.id);
}

export function findProfile(db: DbOrTrx, userId: string) {
  return db.selectFrom('volunteer_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function upsertProfile(db: DbOrTrx, row: VolunteerProfileRow): Promise<void> {
  const existing = await findProfile(db, row.user_id);
  if (existing) await db.updateTable('volunteer_profiles').set(row).where('user_id', '=', row.user_id).execute();
  else await db.insertInto('volunteer_profiles').values(row).execute();
}

/** Shifts of an opportunity with how many are confirmed and waiting. */
export function shiftsWithCounts(db: DbOrTrx, opportunityId: string) {
  return db.selectFrom('shifts')
    .select((eb) => [
      'shifts.id', 'shifts.starts_at', 'shifts.ends_at', 'shifts.capacity', 'shifts.status',
      eb.selectFrom('shift_signups').select(eb.fn.countAll<number>().as('n')).whereRef('shift_signups.shift_id', '=', 'shifts.id').where('shift_signups.status', '=', 'confirmed').as('confirmed'),
      eb.selectFrom('shift_signups').select(eb.fn.countAll<number>().as('n')).whereRef('shift_signups.shift_id', '=', 'shifts.id').where('shift_signups.status', '=', 'waitlisted').as('waitlisted'),
    ])
    .where('shifts.opportunity_id', '=', opportunityId).orderBy('shifts.starts_at').execute();
}

/** Filters for the public list, already resolved by the service (skill names, priority roll-up). */
export interface OpportunityFilter {
  emirate?: string;
  from?: string;
  to?: string;
  language?: string;
  q?: string;
  /** Any of these as one of the opportunity's skills (case-insensitive). */
  skills?: string[];
  /** Tagged (through its initiative) with any of these priorities. */
  priorityIds?: string[];
}

// Skills and languages are JSON arrays in text columns; an element is found by its quoted JSON form
// (portable: no jsonb operators). LIKE wildcards in user input are dropped, as in the other searches.
const likeOf = (s: string) => s.toLowerCase().replace(/[%_\\]/g, '');

export function listOpenOpportunities(db: DbOrTrx, f: OpportunityFilter, limit: number, offset: number) {
  let q = db.selectFrom('opportunities').innerJoin('organisations', 'organisations.id', 'opportunities.organisation_id').where('opportunities.status', '=', 'open');
  if (f.emirate) q = q.where('opportunities.emirate', '=', f.emirate);
  if (f.from || f.to) {
    q = q.where((eb) => eb.exists(eb.selectFrom('shifts').select('shifts.id').whereRef('shifts.opportunity_id', '=', 'opportunities.id')
      .where('shifts.status', '=', 'scheduled')
      .$if(!!f.from, (s) => s.where('shifts.starts_at', '>=', f.from!))
      .$if(!!f.to, (s) => s.where('shifts.starts_at', '<', f.to!))));
  }
  if (f.language) q = q.where('opportunities.languages', 'like', `%${JSON.stringify(f.language)}%`);
  if (f.skills) {
    const skills = f.skills;
    // A plain substring search, not LIKE: codes contain `_`, which LIKE would need escaped (and the
    // dialects disagree on how), so dropping it as elsewhere would never find `"first_aid"`.
    const position = dialectOf(db) === 'postgres' ? 'strpos' : 'instr';
    q = q.where((eb) => eb.or(skills.map((s) => eb(eb.fn<number>(position, [eb.fn('lower', ['opportunities.skills']), eb.val(JSON.stringify(s).toLowerCase())]), '>', 0))));
  }
  if (f.q) {
    const like = `%${likeOf(f.q)}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['opportunities.title_ar']), 'like', like), eb(eb.fn('lower', ['opportunities.title_en']), 'like', like)]));
  }
  if (f.priorityIds) {
    const ids = f.priorityIds;
    q = q.where((eb) => eb.exists(eb.selectFrom('initiative_priorities').select('initiative_priorities.priority_id')
      .whereRef('initiative_priorities.initiative_id', '=', 'opportunities.initiative_id').where('initiative_priorities.priority_id', 'in', ids)));
  }
  return Promise.all([
    q.selectAll('opportunities').select(['organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en']).orderBy('opportunities.created_at', 'desc').orderBy('opportunities.id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
}

/** An organisation's opportunities in any status, with counts of their shifts. */
export async function listOrganisationOpportunities(db: DbOrTrx, orgId: string, now: string, limit: number, offset: number) {
  const base = db.selectFrom('opportunities').where('opportunities.organisation_id', '=', orgId);
  const count = (eb: ExpressionBuilder<Database, 'opportunities'>) => eb.selectFrom('shifts').select(eb.fn.countAll<number>().as('n')).whereRef('shifts.opportunity_id', '=', 'opportunities.id');
  const [rows, total] = await Promise.all([
    base.selectAll('opportunities').select((eb) => [
      count(eb).as('shifts_total'),
      count(eb).where('shifts.status', '=', 'scheduled').where('shifts.starts_at', '>', now).as('shifts_upcoming'),
      count(eb).where('shifts.status', '=', 'cancelled').as('shifts_cancelled'),
    ]).orderBy('opportunities.created_at', 'desc').orderBy('opportunities.id').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function updateShift(db: DbOrTrx, id: string, patch: Partial<Pick<ShiftRow, 'starts_at' | 'ends_at' | 'capacity' | 'status' | 'updated_at'>>): Promise<void> {
  await db.updateTable('shifts').set(patch).where('id', '=', id).execute();
}

/** A moved shift earns a new reminder for its new time. */
export async function clearReminders(db: DbOrTrx, shiftId: string): Promise<void> {
  await db.updateTable('shift_signups').set({ reminded_at: null }).where('shift_id', '=', shiftId).where('reminded_at', 'is not', null).execute();
}

/** Everyone confirmed or waiting for a shift, with how to reach them. */
export function signedUpContacts(db: DbOrTrx, shiftId: string) {
  return db.selectFrom('shift_signups').innerJoin('users', 'users.id', 'shift_signups.user_id')
    .select(['users.id', 'users.email', 'users.locale']).where('shift_signups.shift_id', '=', shiftId).where('shift_signups.status', 'in', ['confirmed', 'waitlisted'])
    .orderBy('shift_signups.created_at').execute();
}

/** Confirmed sign-ups not yet reminded whose scheduled shift starts in (from, to]. */
export function dueReminders(db: DbOrTrx, from: string, to: string) {
  return db.selectFrom('shift_signups').innerJoin('shifts', 'shifts.id', 'shift_signups.shift_id')
    .innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id').innerJoin('users', 'users.id', 'shift_signups.user_id')
    .select(['shift_signups.id', 'users.email', 'users.locale', 'shifts.starts_at', 'opportunities.title_ar', 'opportunities.title_en', 'opportunities.address'])
    .where('shift_signups.status', '=', 'confirmed').where('shift_signups.reminded_at', 'is', null)
    .where('shifts.status', '=', 'scheduled').where('shifts.starts_at', '>', from).where('shifts.starts_at', '<=', to)
    .orderBy('shifts.starts_at').limit(500).execute();
}

/** Marks a sign-up reminded unless another process already did; answers whether this call did. */
export async function markReminded(db: DbOrTrx, signupId: string, now: string): Promise<boolean> {
  const r = await db.updateTable('shift_signups').set({ reminded_at: now }).where('id', '=', signupId).where('reminded_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The person's sign-ups (not cancelled) with shift, opportunity, its organisation and attendance record. */
export function mySignups(db: DbOrTrx, userId: string) {
  return db.selectFrom('shift_signups').innerJoin('shifts', 'shifts.id', 'shift_signups.shift_id').innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .innerJoin('organisations', 'organisations.id', 'opportunities.organisation_id')
    .leftJoin('shift_attendance', 'shift_attendance.signup_id', 'shift_signups.id')
    .select(['shift_signups.id', 'shift_signups.status', 'shift_signups.created_at', 'shifts.id as shift_id', 'shifts.starts_at', 'shifts.ends_at', 'shifts.status as shift_status', 'opportunities.id as opportunity_id', 'opportunities.title_ar', 'opportunities.title_en', 'opportunities.emirate',
      'opportunities.organisation_id', 'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en',
      'shift_attendance.id as attendance_id', 'shift_attendance.status as attendance_status', 'shift_attendance.checked_in_at', 'shift_attendance.checked_out_at', 'shift_attendance.check_in_source',
      'shift_attendance.claimed_start_at', 'shift_attendance.claimed_end_at', 'shift_attendance.claimed_note', 'shift_attendance.flags', 'shift_attendance.verified_minutes',
      'shift_attendance.decided_at', 'shift_attendance.decision_reason', 'shift_attendance.contribution_id'])
    .where('shift_signups.user_id', '=', userId).where('shift_signups.status', '!=', 'cancelled').orderBy('shifts.starts_at').execute();
}

export function findInitiativeOwner(db: DbOrTrx, initiativeId: string) {
  return db.selectFrom('initiatives').select(['organisation_id', 'status']).where('id', '=', initiativeId).executeTakeFirst();
}

export function findPersonContact(db: DbOrTrx, userId: string) {
  return db.selectFrom('users').select(['email', 'locale']).where('id', '=', userId).executeTakeFirstOrThrow();
}

export function findNeed(db: DbOrTrx, needId: string) {
  return db.selectFrom('needs').select(['id', 'initiative_id', 'kind']).where('id', '=', needId).executeTakeFirst();
}
