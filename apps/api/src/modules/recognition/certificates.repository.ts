import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { dialectOf } from '../../platform/db/database.ts';
import type { CertificateRow } from '../../platform/db/schema.ts';

/** Which verified hours a certificate counts: one shift, one organisation, or one Dubai calendar year. */
export type CertificateScope =
  | { scope: 'shift'; shiftId: string }
  | { scope: 'organisation'; organisationId: string }
  | { scope: 'year'; year: number };

/** The UTC instants bounding a calendar year in Dubai (+04:00, no daylight saving). */
export function dubaiYearBounds(year: number): { from: string; to: string } {
  return { from: new Date(Date.UTC(year, 0, 1) - 4 * 3_600_000).toISOString(), to: new Date(Date.UTC(year + 1, 0, 1) - 4 * 3_600_000).toISOString() };
}

/**
 * The holder's verified attendance in scope. `asOf` replays a snapshot: only hours decided by
 * then count, so a document issued earlier can be re-rendered with the breakdown it was issued on.
 */
function verifiedInScope(db: DbOrTrx, userId: string, s: CertificateScope, asOf?: string) {
  let q = db.selectFrom('shift_attendance')
    .innerJoin('shifts', 'shifts.id', 'shift_attendance.shift_id')
    .where('shift_attendance.user_id', '=', userId)
    .where('shift_attendance.status', '=', 'verified')
    .where('shift_attendance.verified_minutes', '>', 0);
  if (s.scope === 'shift') q = q.where('shift_attendance.shift_id', '=', s.shiftId);
  if (s.scope === 'organisation') q = q.where('shift_attendance.organisation_id', '=', s.organisationId);
  if (s.scope === 'year') {
    const b = dubaiYearBounds(s.year);
    q = q.where('shifts.starts_at', '>=', b.from).where('shifts.starts_at', '<', b.to);
  }
  // Rows written before decided_at existed in a flow fall back to when they were created.
  if (asOf) q = q.where((eb) => eb(eb.fn.coalesce('shift_attendance.decided_at', 'shift_attendance.created_at'), '<=', asOf));
  return q;
}

/** Total verified minutes in scope and the first and last shift start (ISO instants). */
export async function sumVerified(db: DbOrTrx, userId: string, s: CertificateScope) {
  const r = await verifiedInScope(db, userId, s)
    .select((eb) => [
      eb.fn.sum<number>('shift_attendance.verified_minutes').as('minutes'),
      eb.fn.min('shifts.starts_at').as('first_at'),
      eb.fn.max('shifts.starts_at').as('last_at'),
    ])
    .executeTakeFirstOrThrow();
  return { minutes: Number(r.minutes ?? 0), firstAt: r.first_at as string | null, lastAt: r.last_at as string | null };
}

/** Verified minutes per organisation in scope (for the yearly transcript), largest first. */
export async function minutesByOrganisation(db: DbOrTrx, userId: string, s: CertificateScope, asOf: string) {
  const rows = await verifiedInScope(db, userId, s, asOf)
    .innerJoin('organisations', 'organisations.id', 'shift_attendance.organisation_id')
    .select((eb) => ['organisations.id', 'organisations.name_ar', 'organisations.name_en', eb.fn.sum<number>('shift_attendance.verified_minutes').as('minutes')])
    .groupBy(['organisations.id', 'organisations.name_ar', 'organisations.name_en'])
    .execute();
  return rows.map((r) => ({ id: r.id, nameAr: r.name_ar, nameEn: r.name_en, minutes: Number(r.minutes) })).sort((a, b) => b.minutes - a.minutes);
}

/** The organisation running a shift (the issuer of a shift certificate). */
export function shiftOrganisation(db: DbOrTrx, shiftId: string) {
  return db.selectFrom('shifts').innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .select(['opportunities.organisation_id']).where('shifts.id', '=', shiftId).executeTakeFirst();
}

export function organisationNames(db: DbOrTrx, id: string) {
  return db.selectFrom('organisations').select(['name_ar', 'name_en']).where('id', '=', id).executeTakeFirst();
}

/** The latest certificate of this holder for exactly this scope with this many minutes, if any. */
export function findSameSnapshot(db: DbOrTrx, userId: string, s: CertificateScope, minutes: number) {
  let q = db.selectFrom('certificates').selectAll().where('user_id', '=', userId).where('scope', '=', s.scope).where('minutes', '=', minutes);
  if (s.scope === 'shift') q = q.where('shift_id', '=', s.shiftId);
  if (s.scope === 'organisation') q = q.where('organisation_id', '=', s.organisationId);
  if (s.scope === 'year') q = q.where('year', '=', s.year);
  return q.orderBy('issued_at', 'desc').limit(1).executeTakeFirst();
}

/**
 * Serialises one holder's issuing on PostgreSQL, so a double click cannot make two certificates
 * of the same snapshot. SQLite has one writer already.
 */
export async function lockHolder(db: DbOrTrx, userId: string): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`certificate:${userId}`}))`.execute(db);
}

export async function insertCertificate(db: DbOrTrx, row: CertificateRow): Promise<void> {
  await db.insertInto('certificates').values(row).execute();
}

export function listForHolder(db: DbOrTrx, userId: string) {
  return db.selectFrom('certificates').selectAll().where('user_id', '=', userId).orderBy('issued_at', 'desc').orderBy('id').limit(500).execute();
}

/** A certificate with its holder's name (for the holder's own document only). */
export function findWithHolder(db: DbOrTrx, id: string) {
  return db.selectFrom('certificates').innerJoin('users', 'users.id', 'certificates.user_id')
    .selectAll('certificates').select(['users.display_name as holder_name'])
    .where('certificates.id', '=', id).executeTakeFirst();
}

export function findByToken(db: DbOrTrx, token: string) {
  return db.selectFrom('certificates').selectAll().where('token', '=', token).executeTakeFirst();
}

/** What a shift was for (printed on a shift certificate). */
export function shiftTitle(db: DbOrTrx, shiftId: string) {
  return db.selectFrom('shifts').innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .select(['opportunities.title_ar', 'opportunities.title_en']).where('shifts.id', '=', shiftId).executeTakeFirst();
}
