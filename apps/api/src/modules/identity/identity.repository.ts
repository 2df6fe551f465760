import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ApiTokenRow, SessionRow, UserRow } from '../../platform/db/schema.ts';

// ---- users ---------------------------------------------------------------------------------

export function findUserByEmail(db: DbOrTrx, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: DbOrTrx, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function anyUserExists(db: DbOrTrx): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function insertUser(db: DbOrTrx, u: UserRow): Promise<void> {
  await db.insertInto('users').values(u).execute();
}

export async function updateUser(
  db: DbOrTrx,
  id: string,
  patch: Partial<Pick<UserRow, 'display_name' | 'locale' | 'password_hash' | 'platform_role' | 'disabled_at'>> & { updated_at: string },
): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function countUsersWithRole(db: DbOrTrx, role: string): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('platform_role', '=', role)
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A page of users matching `q` in email or name (case-insensitive on both dialects). */
export async function searchUsers(
  db: DbOrTrx,
  q: string | undefined,
  role: string | undefined,
  limit: number,
  offset: number,
): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom('users');
  if (q) {
    // Wildcards are dropped rather than escaped: the two dialects disagree on LIKE's escape char.
    const like = `%${q.toLowerCase().replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([eb('email', 'like', like), eb(eb.fn('lower', ['display_name']), 'like', like)]),
    );
  }
  if (role) query = query.where('platform_role', '=', role);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

// ---- sessions ------------------------------------------------------------------------------

export async function insertSession(db: DbOrTrx, s: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

/** A live session and its user, by the hash of the cookie secret. */
export function findLiveSession(db: DbOrTrx, idHash: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select(['users.email', 'users.display_name', 'users.locale', 'users.platform_role', 'users.disabled_at'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function touchSession(db: DbOrTrx, idHash: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
}

export async function setSessionActingOrganisation(db: DbOrTrx, idHash: string, orgId: string | null): Promise<void> {
  await db.updateTable('sessions').set({ acting_organisation_id: orgId }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: DbOrTrx, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user except, optionally, one (after a password change). */
export async function deleteSessionsOfUser(db: DbOrTrx, userId: string, except?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except) q = q.where('id_hash', '!=', except);
  await q.execute();
}

// ---- personal-access tokens ----------------------------------------------------------------

export async function insertToken(db: DbOrTrx, t: ApiTokenRow): Promise<void> {
  await db.insertInto('api_tokens').values(t).execute();
}

export function findLiveToken(db: DbOrTrx, tokenHash: string, now: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select(['users.email', 'users.display_name', 'users.locale', 'users.platform_role', 'users.disabled_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
    .executeTakeFirst();
}

export async function touchToken(db: DbOrTrx, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export function listTokensOfUser(db: DbOrTrx, userId: string): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
}

export function findTokenOfUser(db: DbOrTrx, userId: string, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

export async function revokeToken(db: DbOrTrx, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).execute();
}

// ---- password resets -----------------------------------------------------------------------

export async function insertReset(db: DbOrTrx, tokenHash: string, userId: string, now: string, expiresAt: string): Promise<void> {
  await db.insertInto('password_resets').values({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt, used_at: null }).execute();
}

/**
 * Marks a reset link used, atomically: only one of two concurrent confirmations can succeed.
 * Returns the user id, or undefined when the link is unknown, used or expired.
 */
export async function consumeReset(db: DbOrTrx, tokenHash: string, now: string): Promise<string | undefined> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}
