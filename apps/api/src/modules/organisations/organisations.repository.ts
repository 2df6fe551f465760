import type { DbOrTrx } from '../../platform/db/database.ts';
import type { InvitationRow, MembershipRow, OrganisationRow } from '../../platform/db/schema.ts';

// ---- organisations -------------------------------------------------------------------------

export async function insertOrganisation(db: DbOrTrx, o: OrganisationRow): Promise<void> {
  await db.insertInto('organisations').values(o).execute();
}

export function findOrganisation(db: DbOrTrx, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateOrganisation(db: DbOrTrx, id: string, patch: Partial<OrganisationRow>): Promise<void> {
  await db.updateTable('organisations').set(patch).where('id', '=', id).execute();
}

/** Filters for organisation lists. */
export interface OrganisationFilter {
  status?: string;
  type?: string;
  emirate?: string;
  q?: string;
}

export async function listOrganisations(
  db: DbOrTrx,
  f: OrganisationFilter,
  limit: number,
  offset: number,
): Promise<{ rows: OrganisationRow[]; total: number }> {
  let q = db.selectFrom('organisations');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.emirate) q = q.where('emirate', '=', f.emirate);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[%_\\]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['name_en']), 'like', like), eb('name_ar', 'like', like)]),
    );
  }
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

// ---- memberships ---------------------------------------------------------------------------

export async function insertMembership(db: DbOrTrx, m: MembershipRow): Promise<void> {
  await db.insertInto('memberships').values(m).execute();
}

export function findMembership(db: DbOrTrx, orgId: string, userId: string): Promise<MembershipRow | undefined> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function updateMembershipRole(db: DbOrTrx, orgId: string, userId: string, role: string): Promise<void> {
  await db.updateTable('memberships').set({ role }).where('organisation_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(db: DbOrTrx, orgId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('organisation_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function countOwners(db: DbOrTrx, orgId: string): Promise<number> {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', orgId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Members of an organisation with their names and emails. */
export function listMembers(db: DbOrTrx, orgId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.user_id', 'memberships.role', 'memberships.created_at', 'users.display_name', 'users.email'])
    .where('memberships.organisation_id', '=', orgId)
    .orderBy('memberships.created_at')
    .execute();
}

/** A person's memberships with a summary of each organisation. */
export function listMembershipsOfUser(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'memberships.organisation_id',
      'memberships.role',
      'organisations.name_ar',
      'organisations.name_en',
      'organisations.status',
      'organisations.type',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('memberships.created_at')
    .execute();
}

/** True when the person with this email already belongs to the organisation. */
export async function isMemberByEmail(db: DbOrTrx, orgId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('memberships.user_id')
    .where('memberships.organisation_id', '=', orgId)
    .where('users.email', '=', email)
    .executeTakeFirst();
  return !!row;
}

// ---- invitations ---------------------------------------------------------------------------

export async function insertInvitation(db: DbOrTrx, i: InvitationRow): Promise<void> {
  await db.insertInto('invitations').values(i).execute();
}

export function findInvitation(db: DbOrTrx, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPendingInvitation(db: DbOrTrx, orgId: string, email: string, now: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('email', '=', email)
    .where('status', '=', 'pending')
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export function listInvitationsOfOrganisation(db: DbOrTrx, orgId: string): Promise<InvitationRow[]> {
  return db.selectFrom('invitations').selectAll().where('organisation_id', '=', orgId).orderBy('created_at', 'desc').execute();
}

export function listPendingInvitationsForEmail(db: DbOrTrx, email: string, now: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
    .selectAll('invitations')
    .select(['organisations.name_ar', 'organisations.name_en'])
    .where('invitations.email', '=', email)
    .where('invitations.status', '=', 'pending')
    .where('invitations.expires_at', '>', now)
    .orderBy('invitations.created_at', 'desc')
    .execute();
}

/** Moves a pending invitation to a final state; false when it was no longer pending (a race). */
export async function decideInvitation(db: DbOrTrx, id: string, status: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('invitations')
    .set({ status, decided_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
