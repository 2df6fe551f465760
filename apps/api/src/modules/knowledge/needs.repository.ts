import type { DbOrTrx } from '../../platform/db/database.ts';

/** A need with its initiative and organisation, as offers, mentorships and sessions check them. */
export function findNeedWithOwner(db: DbOrTrx, needId: string) {
  return db.selectFrom('needs')
    .innerJoin('initiatives', 'initiatives.id', 'needs.initiative_id')
    .innerJoin('organisations', 'organisations.id', 'initiatives.organisation_id')
    .select([
      'needs.id', 'needs.kind', 'needs.status', 'needs.unit', 'needs.details', 'needs.target_quantity', 'needs.title_ar', 'needs.title_en',
      'initiatives.id as initiative_id', 'initiatives.status as initiative_status', 'initiatives.title_ar as initiative_title_ar', 'initiatives.title_en as initiative_title_en',
      'organisations.id as organisation_id', 'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en',
    ])
    .where('needs.id', '=', needId)
    .executeTakeFirst();
}
export type NeedWithOwner = NonNullable<Awaited<ReturnType<typeof findNeedWithOwner>>>;

/** Where and in which language to write to a person. */
export function findUserContact(db: DbOrTrx, userId: string) {
  return db.selectFrom('users').select(['id', 'email', 'locale', 'display_name', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
}

/** An active account by its (lower-cased) email. */
export function findUserByEmail(db: DbOrTrx, email: string) {
  return db.selectFrom('users').select(['id', 'email', 'locale', 'display_name']).where('email', '=', email).where('disabled_at', 'is', null).executeTakeFirst();
}
