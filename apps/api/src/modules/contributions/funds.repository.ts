import type { DbOrTrx } from '../../platform/db/database.ts';
import type { FundRow } from '../../platform/db/schema.ts';

function withOrganisation(db: DbOrTrx) {
  return db
    .selectFrom('funds')
    .innerJoin('organisations', 'organisations.id', 'funds.managing_organisation_id')
    .selectAll('funds')
    .select(['organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en']);
}

export function listFunds(db: DbOrTrx, status?: string) {
  let q = withOrganisation(db);
  if (status) q = q.where('funds.status', '=', status);
  return q.orderBy('funds.created_at').execute();
}

export function findFund(db: DbOrTrx, id: string) {
  return withOrganisation(db).where('funds.id', '=', id).executeTakeFirst();
}

export async function insertFund(db: DbOrTrx, row: FundRow): Promise<void> {
  await db.insertInto('funds').values(row).execute();
}

export async function updateFund(db: DbOrTrx, id: string, patch: Partial<FundRow>): Promise<void> {
  await db.updateTable('funds').set(patch).where('id', '=', id).execute();
}

export function findVerifiedOrganisation(db: DbOrTrx, id: string) {
  return db.selectFrom('organisations').select(['id', 'status']).where('id', '=', id).executeTakeFirst();
}
