import type { DbOrTrx } from '../../platform/db/database.ts';
import { dialectOf } from '../../platform/db/database.ts';
import type { EngagementLogRow, EngagementRow, ExpertiseOfferRow } from '../../platform/db/schema.ts';

/** Offers that still count on a need: withdrawn ones are gone, declined ones were real offers. */
const LIVE_OFFERS = ['offered', 'accepted', 'declined'];

/** Open expertise needs of live initiatives, newest first, with how many offers each has. */
export function listOpenExpertiseNeeds(db: DbOrTrx, f: { level?: string }, limit: number, offset: number) {
  let q = db.selectFrom('needs')
    .innerJoin('initiatives', 'initiatives.id', 'needs.initiative_id')
    .innerJoin('organisations', 'organisations.id', 'initiatives.organisation_id')
    .where('needs.kind', '=', 'expertise').where('needs.status', '=', 'open')
    .where('initiatives.status', 'in', ['approved', 'active']);
  // The level lives in the JSON details; matching the serialised pair is portable and exact
  // because details are always written by JSON.stringify (no spaces).
  if (f.level) q = q.where('needs.details', 'like', `%"level":"${f.level}"%`);
  return Promise.all([
    q.select((eb) => [
      'needs.id', 'needs.title_ar', 'needs.title_en', 'needs.details', 'needs.target_quantity', 'needs.deadline', 'needs.public_note', 'needs.created_at',
      'initiatives.id as initiative_id', 'initiatives.title_ar as initiative_title_ar', 'initiatives.title_en as initiative_title_en', 'initiatives.emirate',
      'organisations.id as organisation_id', 'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en',
      eb.selectFrom('expertise_offers').select(eb.fn.countAll<number>().as('n')).whereRef('expertise_offers.need_id', '=', 'needs.id').where('expertise_offers.status', 'in', LIVE_OFFERS).as('offers'),
    ]).orderBy('needs.created_at', 'desc').orderBy('needs.id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
}

export function findOfferOf(db: DbOrTrx, needId: string, userId: string) {
  return db.selectFrom('expertise_offers').selectAll().where('need_id', '=', needId).where('user_id', '=', userId).executeTakeFirst();
}

export async function insertOffer(db: DbOrTrx, row: ExpertiseOfferRow): Promise<void> {
  await db.insertInto('expertise_offers').values(row).execute();
}

/** Renews a withdrawn offer (same row: one offer per person per need). */
export async function renewOffer(db: DbOrTrx, row: ExpertiseOfferRow): Promise<void> {
  await db.updateTable('expertise_offers').set({ proposal: row.proposal, estimated_hours: row.estimated_hours, status: row.status, updated_at: row.updated_at }).where('id', '=', row.id).execute();
}

/**
 * An offer, locked for the rest of the transaction on PostgreSQL, so accepting, declining and
 * withdrawing it are decided one after another. SQLite has a single writer already.
 */
export function lockOffer(db: DbOrTrx, id: string) {
  const q = db.selectFrom('expertise_offers').selectAll().where('id', '=', id);
  return (dialectOf(db) === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

export async function setOfferStatus(db: DbOrTrx, id: string, status: string, now: string): Promise<void> {
  await db.updateTable('expertise_offers').set({ status, updated_at: now }).where('id', '=', id).execute();
}

/** Offers on a need with the expert's public profile: name, skills and languages, nothing private. */
export function listOffersForNeed(db: DbOrTrx, needId: string) {
  return db.selectFrom('expertise_offers')
    .innerJoin('users', 'users.id', 'expertise_offers.user_id')
    .leftJoin('volunteer_profiles', 'volunteer_profiles.user_id', 'expertise_offers.user_id')
    .select([
      'expertise_offers.id', 'expertise_offers.need_id', 'expertise_offers.user_id', 'expertise_offers.proposal', 'expertise_offers.estimated_hours',
      'expertise_offers.status', 'expertise_offers.created_at', 'users.display_name', 'volunteer_profiles.skills', 'volunteer_profiles.languages',
    ])
    .where('expertise_offers.need_id', '=', needId).where('expertise_offers.status', '!=', 'withdrawn')
    .orderBy('expertise_offers.created_at').orderBy('expertise_offers.id').execute();
}

export async function insertEngagement(db: DbOrTrx, row: EngagementRow): Promise<void> {
  await db.insertInto('engagements').values(row).execute();
}

/** The engagement with what it is for and with whom (for views and notices). */
export function findEngagement(db: DbOrTrx, id: string) {
  return engagementsQuery(db).where('engagements.id', '=', id).executeTakeFirst();
}
export type EngagementView = NonNullable<Awaited<ReturnType<typeof findEngagement>>>;

/** Engagements of an expert or of an organisation, newest first, with minutes logged so far. */
export function listEngagements(db: DbOrTrx, by: { expertUserId: string } | { organisationId: string }) {
  const q = engagementsQuery(db);
  return ('expertUserId' in by ? q.where('engagements.expert_user_id', '=', by.expertUserId) : q.where('engagements.organisation_id', '=', by.organisationId))
    .orderBy('engagements.created_at', 'desc').orderBy('engagements.id').execute();
}

function engagementsQuery(db: DbOrTrx) {
  return db.selectFrom('engagements')
    .innerJoin('needs', 'needs.id', 'engagements.need_id')
    .innerJoin('initiatives', 'initiatives.id', 'needs.initiative_id')
    .innerJoin('organisations', 'organisations.id', 'engagements.organisation_id')
    .innerJoin('users', 'users.id', 'engagements.expert_user_id')
    .selectAll('engagements')
    .select((eb) => [
      'needs.title_ar as need_title_ar', 'needs.title_en as need_title_en', 'needs.details as need_details',
      'initiatives.id as initiative_id', 'initiatives.title_ar as initiative_title_ar', 'initiatives.title_en as initiative_title_en',
      'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en',
      'users.display_name as expert_name', 'users.email as expert_email', 'users.locale as expert_locale',
      eb.selectFrom('engagement_logs').select((l) => l.fn.coalesce(l.fn.sum<number>('engagement_logs.minutes'), l.lit(0)).as('m'))
        .whereRef('engagement_logs.engagement_id', '=', 'engagements.id').as('total_minutes'),
    ]);
}

/** The engagement row, locked on PostgreSQL so a log and a sign-off never interleave. */
export function lockEngagement(db: DbOrTrx, id: string) {
  const q = db.selectFrom('engagements').selectAll().where('id', '=', id);
  return (dialectOf(db) === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

export async function insertLog(db: DbOrTrx, row: EngagementLogRow): Promise<void> {
  await db.insertInto('engagement_logs').values(row).execute();
}

export function listLogs(db: DbOrTrx, engagementId: string) {
  return db.selectFrom('engagement_logs').selectAll().where('engagement_id', '=', engagementId).orderBy('worked_on').orderBy('created_at').execute();
}

export async function totalMinutes(db: DbOrTrx, engagementId: string): Promise<number> {
  const r = await db.selectFrom('engagement_logs').select((eb) => eb.fn.sum<number>('minutes').as('m')).where('engagement_id', '=', engagementId).executeTakeFirst();
  return Number(r?.m ?? 0);
}

/**
 * Marks an active engagement signed off with its contribution. Answers whether it was still
 * active: the update itself is the guard (and takes the row lock on PostgreSQL).
 */
export async function markSignedOff(db: DbOrTrx, id: string, by: string, now: string, contributionId: string): Promise<boolean> {
  const r = await db.updateTable('engagements')
    .set({ status: 'signed_off', signed_off_by: by, signed_off_at: now, contribution_id: contributionId, updated_at: now })
    .where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Marks an active engagement cancelled, keeping its logs. Answers whether it was still active:
 * the conditional update is the guard, so a cancellation and a sign-off never both take effect.
 */
export async function markCancelled(db: DbOrTrx, id: string, by: string, now: string, reason: string): Promise<boolean> {
  const r = await db.updateTable('engagements')
    .set({ status: 'cancelled', cancelled_by: by, cancelled_at: now, cancel_reason: reason, updated_at: now })
    .where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Where to write to the people who run an organisation: its active managers and owners. */
export function managerContacts(db: DbOrTrx, organisationId: string) {
  return db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.locale'])
    .where('memberships.organisation_id', '=', organisationId).where('memberships.role', 'in', ['manager', 'owner'])
    .where('users.disabled_at', 'is', null)
    .orderBy('users.id').execute();
}
