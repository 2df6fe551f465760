import type { DbOrTrx } from '../../platform/db/database.ts';
import { dialectOf } from '../../platform/db/database.ts';
import type { KnowledgeSessionRow, MentorshipRow } from '../../platform/db/schema.ts';

export async function insertMentorship(db: DbOrTrx, row: MentorshipRow): Promise<void> {
  await db.insertInto('mentorships').values(row).execute();
}

/**
 * The mentorship, locked for the rest of the transaction on PostgreSQL, so a session reported
 * while it is being ended is decided one after the other. SQLite has a single writer already.
 */
export function lockMentorship(db: DbOrTrx, id: string) {
  const q = db.selectFrom('mentorships').selectAll().where('id', '=', id);
  return (dialectOf(db) === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

/** Ends an active mentorship; answers whether it was still active (the update is the guard). */
export async function endMentorship(db: DbOrTrx, id: string, by: string, now: string, reason: string | null): Promise<boolean> {
  const r = await db.updateTable('mentorships')
    .set({ status: 'ended', ended_by: by, ended_at: now, end_reason: reason, updated_at: now })
    .where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Mentorships of an organisation or of a mentor, newest first, with names for display. */
export function listMentorships(db: DbOrTrx, by: { organisationId: string } | { mentorUserId: string }) {
  const q = mentorshipsQuery(db);
  return ('organisationId' in by ? q.where('mentorships.organisation_id', '=', by.organisationId) : q.where('mentorships.mentor_user_id', '=', by.mentorUserId))
    .orderBy('mentorships.created_at', 'desc').orderBy('mentorships.id').execute();
}

/** One mentorship with names for display. */
export function findMentorshipView(db: DbOrTrx, id: string) {
  return mentorshipsQuery(db).where('mentorships.id', '=', id).executeTakeFirst();
}

function mentorshipsQuery(db: DbOrTrx) {
  return db.selectFrom('mentorships')
    .innerJoin('users', 'users.id', 'mentorships.mentor_user_id')
    .innerJoin('organisations', 'organisations.id', 'mentorships.organisation_id')
    .selectAll('mentorships')
    .select(['users.display_name as mentor_name', 'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en']);
}

/** Every session of these mentorships, oldest first. */
export function sessionsOfMentorships(db: DbOrTrx, mentorshipIds: string[]) {
  if (!mentorshipIds.length) return Promise.resolve([]);
  return db.selectFrom('knowledge_sessions').selectAll().where('mentorship_id', 'in', mentorshipIds).orderBy('held_at').orderBy('id').execute();
}

export async function insertSession(db: DbOrTrx, row: KnowledgeSessionRow): Promise<void> {
  await db.insertInto('knowledge_sessions').values(row).execute();
}

/** A session with the unit of its need (sessions or hours decide how it is valued). */
export function findSession(db: DbOrTrx, id: string) {
  return db.selectFrom('knowledge_sessions').innerJoin('needs', 'needs.id', 'knowledge_sessions.need_id')
    .selectAll('knowledge_sessions').select('needs.unit as need_unit').where('knowledge_sessions.id', '=', id).executeTakeFirst();
}

/** A page of an organisation's sessions, newest first, with the host's name. */
export function listSessions(db: DbOrTrx, organisationId: string, status: string | undefined, limit: number, offset: number) {
  let q = db.selectFrom('knowledge_sessions').innerJoin('users', 'users.id', 'knowledge_sessions.host_user_id')
    .where('knowledge_sessions.organisation_id', '=', organisationId);
  if (status) q = q.where('knowledge_sessions.status', '=', status);
  return Promise.all([
    q.selectAll('knowledge_sessions').select('users.display_name as host_name').orderBy('knowledge_sessions.held_at', 'desc').orderBy('knowledge_sessions.id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
}

/**
 * Records the decision on a session still awaiting one. Answers whether it was still `reported`:
 * the conditional update is the guard against two decisions at once.
 */
export async function decideSession(db: DbOrTrx, id: string, d: { status: string; decidedBy: string; at: string; reason: string | null; contributionId: string | null }): Promise<boolean> {
  const r = await db.updateTable('knowledge_sessions')
    .set({ status: d.status, decided_by: d.decidedBy, decided_at: d.at, decision_reason: d.reason, contribution_id: d.contributionId, updated_at: d.at })
    .where('id', '=', id).where('status', '=', 'reported').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Confirmed sessions and the people they reached, per format. */
export function outputsByFormat(db: DbOrTrx, organisationId: string) {
  return db.selectFrom('knowledge_sessions')
    .select((eb) => ['format', eb.fn.countAll<number>().as('sessions'), eb.fn.sum<number>('attendee_count').as('attendees'), eb.fn.sum<number>('minutes').as('minutes')])
    .where('organisation_id', '=', organisationId).where('status', '=', 'confirmed')
    .groupBy('format').orderBy('format').execute();
}
