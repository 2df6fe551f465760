import type { DbOrTrx } from '../../platform/db/database.ts';

export type FeedOwner = { type: 'user' | 'organisation'; id: string };

export function findFeedByOwner(db: DbOrTrx, owner: FeedOwner) {
  return db.selectFrom('calendar_feeds').selectAll().where('owner_type', '=', owner.type).where('owner_id', '=', owner.id).executeTakeFirst();
}

export function findFeedByToken(db: DbOrTrx, token: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('token', '=', token).executeTakeFirst();
}

export async function insertFeed(db: DbOrTrx, row: { token: string; owner_type: string; owner_id: string; created_at: string }): Promise<void> {
  await db.insertInto('calendar_feeds').values(row).execute();
}

export async function deleteFeed(db: DbOrTrx, owner: FeedOwner): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('owner_type', '=', owner.type).where('owner_id', '=', owner.id).execute();
}

const SHIFT_COLUMNS = [
  'shifts.id', 'shifts.starts_at', 'shifts.ends_at', 'shifts.capacity', 'shifts.updated_at',
  'opportunities.id as opportunity_id', 'opportunities.title_ar', 'opportunities.title_en', 'opportunities.emirate', 'opportunities.area_ar', 'opportunities.area_en',
  'opportunities.address', 'opportunities.latitude', 'opportunities.longitude', 'opportunities.instructions_ar', 'opportunities.instructions_en',
  'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en',
] as const;

/**
 * The person's scheduled shifts they hold a place on (confirmed or waitlisted), from `since`.
 * Cancelled shifts and cancelled places are left out: calendar apps then drop the event.
 */
export function userShifts(db: DbOrTrx, userId: string, since: string, limit: number) {
  return db.selectFrom('shift_signups')
    .innerJoin('shifts', 'shifts.id', 'shift_signups.shift_id')
    .innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .innerJoin('organisations', 'organisations.id', 'opportunities.organisation_id')
    .select([...SHIFT_COLUMNS, 'shift_signups.status as signup_status', 'shift_signups.updated_at as signup_updated_at'])
    .where('shift_signups.user_id', '=', userId).where('shift_signups.status', 'in', ['confirmed', 'waitlisted'])
    .where('shifts.status', '=', 'scheduled').where('shifts.ends_at', '>=', since)
    .orderBy('shifts.starts_at').limit(limit).execute();
}

/** The organisation's scheduled shifts from `since`, with how many places are confirmed. */
export function organisationShifts(db: DbOrTrx, organisationId: string, since: string, limit: number) {
  return db.selectFrom('shifts')
    .innerJoin('opportunities', 'opportunities.id', 'shifts.opportunity_id')
    .innerJoin('organisations', 'organisations.id', 'opportunities.organisation_id')
    .select((eb) => [
      ...SHIFT_COLUMNS,
      eb.selectFrom('shift_signups').select(eb.fn.countAll<number>().as('n')).whereRef('shift_signups.shift_id', '=', 'shifts.id').where('shift_signups.status', '=', 'confirmed').as('confirmed'),
      eb.selectFrom('shift_signups').select(eb.fn.countAll<number>().as('n')).whereRef('shift_signups.shift_id', '=', 'shifts.id').where('shift_signups.status', '=', 'waitlisted').as('waitlisted'),
    ])
    .where('opportunities.organisation_id', '=', organisationId)
    .where('shifts.status', '=', 'scheduled').where('shifts.ends_at', '>=', since)
    .orderBy('shifts.starts_at').limit(limit).execute();
}

export function organisationNames(db: DbOrTrx, id: string) {
  return db.selectFrom('organisations').select(['name_ar', 'name_en']).where('id', '=', id).executeTakeFirst();
}
