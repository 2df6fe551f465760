import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';

/** Statuses of a contribution that has really been given (a pledge, refund or reversal has not). */
export const GIVEN_STATUSES = ['confirmed', 'verified'] as const;

/** The person's given value per contribution kind, in fils. */
export async function valueByKind(db: DbOrTrx, userId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('contributions')
    .select((eb) => ['kind', eb.fn.sum<number>('value_fils').as('value')])
    .where('contributor_user_id', '=', userId).where('status', 'in', GIVEN_STATUSES)
    .groupBy('kind').execute();
  return new Map(rows.map((r) => [r.kind, Number(r.value ?? 0)]));
}

/**
 * References `recordGiven()` gives contributions made from a verified record (attendance, an
 * engagement, a knowledge session): their minutes are counted from those records.
 */
export const SOURCE_PREFIXES = ['attendance:', 'engagement:', 'session:'] as const;

export interface RecordedWithoutSource {
  kind: 'time' | 'expertise' | 'knowledge';
  unit: string;
  quantity: number;
}

/**
 * Hours, expertise and knowledge an organisation recorded straight into the ledger (no source
 * record behind them): the quantity given per kind and unit (whole hours, or sessions). The prefix
 * is compared case-sensitively with `substr` on both databases (SQLite's LIKE ignores case).
 */
export async function recordedWithoutSource(db: DbOrTrx, userId: string): Promise<RecordedWithoutSource[]> {
  const rows = await db.selectFrom('contributions')
    .select((eb) => ['kind', 'unit', eb.fn.sum<number>('quantity').as('q')])
    .where('contributor_user_id', '=', userId).where('status', 'in', GIVEN_STATUSES)
    .where('kind', 'in', ['time', 'expertise', 'knowledge'])
    .where((eb) => eb.or([
      eb('reference', 'is', null),
      eb.and(SOURCE_PREFIXES.map((p) => eb(sql<string>`substr(reference, 1, ${sql.lit(p.length)})`, '!=', p))),
    ]))
    .groupBy(['kind', 'unit']).execute();
  return rows.map((r) => ({ kind: r.kind as RecordedWithoutSource['kind'], unit: r.unit, quantity: Number(r.q ?? 0) }));
}

/** Verified volunteer minutes: exact, from attendance (the ledger rounds them to whole hours). */
export async function verifiedShiftMinutes(db: DbOrTrx, userId: string): Promise<number> {
  const r = await db.selectFrom('shift_attendance').select((eb) => eb.fn.sum<number>('verified_minutes').as('m'))
    .where('user_id', '=', userId).where('status', '=', 'verified').executeTakeFirstOrThrow();
  return Number(r.m ?? 0);
}

/** Minutes logged on expertise engagements that were signed off into the ledger. */
export async function signedOffExpertiseMinutes(db: DbOrTrx, userId: string): Promise<number> {
  const r = await db.selectFrom('engagement_logs').innerJoin('engagements', 'engagements.id', 'engagement_logs.engagement_id')
    .select((eb) => eb.fn.sum<number>('engagement_logs.minutes').as('m'))
    .where('engagements.expert_user_id', '=', userId).where('engagements.contribution_id', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(r.m ?? 0);
}

/** Knowledge sessions the person hosted that the organisation confirmed: how many and how long. */
export async function confirmedSessions(db: DbOrTrx, userId: string): Promise<{ sessions: number; minutes: number }> {
  const r = await db.selectFrom('knowledge_sessions')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('minutes').as('m')])
    .where('host_user_id', '=', userId).where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  return { sessions: Number(r.n ?? 0), minutes: Number(r.m ?? 0) };
}

/** The person's latest given contributions with what they went to. */
export function recentContributions(db: DbOrTrx, userId: string, limit: number) {
  return db.selectFrom('contributions')
    .innerJoin('organisations', 'organisations.id', 'contributions.receiving_organisation_id')
    .leftJoin('initiatives', 'initiatives.id', 'contributions.initiative_id')
    .leftJoin('funds', 'funds.id', 'contributions.fund_id')
    .select([
      'contributions.id', 'contributions.kind', 'contributions.status', 'contributions.quantity', 'contributions.unit', 'contributions.value_fils', 'contributions.currency',
      'contributions.created_at', 'contributions.confirmed_at', 'contributions.initiative_id',
      'initiatives.title_ar', 'initiatives.title_en', 'funds.name_ar as fund_name_ar', 'funds.name_en as fund_name_en',
      'organisations.id as organisation_id', 'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en',
    ])
    .where('contributions.contributor_user_id', '=', userId).where('contributions.status', 'in', GIVEN_STATUSES)
    .orderBy((eb) => eb.fn.coalesce('contributions.confirmed_at', 'contributions.created_at'), 'desc')
    .orderBy('contributions.id', 'desc')
    .limit(limit).execute();
}
