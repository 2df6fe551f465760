import type { DbOrTrx } from '../../platform/db/database.ts';

function receiptQuery(db: DbOrTrx) {
  return db
    .selectFrom('receipts')
    .innerJoin('contributions', 'contributions.id', 'receipts.contribution_id')
    .innerJoin('organisations', 'organisations.id', 'receipts.organisation_id')
    .leftJoin('initiatives', 'initiatives.id', 'contributions.initiative_id')
    .leftJoin('funds', 'funds.id', 'contributions.fund_id')
    .leftJoin('users', 'users.id', 'contributions.contributor_user_id')
    .leftJoin('organisations as giver', 'giver.id', 'contributions.contributor_organisation_id')
    .select([
      'receipts.id', 'receipts.number', 'receipts.public_token', 'receipts.issued_at', 'receipts.organisation_id',
      'contributions.id as contribution_id', 'contributions.kind', 'contributions.quantity', 'contributions.unit', 'contributions.value_fils', 'contributions.currency',
      'contributions.designation', 'contributions.status', 'contributions.method', 'contributions.reference', 'contributions.contributor_user_id', 'contributions.contributor_organisation_id',
      'contributions.contributor_name', 'contributions.need_id',
      'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en',
      'initiatives.title_ar', 'initiatives.title_en', 'funds.name_ar as fund_name_ar', 'funds.name_en as fund_name_en', 'users.display_name as user_name', 'giver.name_ar as giver_name_ar', 'giver.name_en as giver_name_en',
    ]);
}

export function findReceipt(db: DbOrTrx, id: string) {
  return receiptQuery(db).where('receipts.id', '=', id).executeTakeFirst();
}

export function findReceiptByToken(db: DbOrTrx, token: string) {
  return receiptQuery(db).where('receipts.public_token', '=', token).executeTakeFirst();
}

export function findNeedItem(db: DbOrTrx, needId: string) {
  return db.selectFrom('needs').select(['details', 'title_ar', 'title_en']).where('id', '=', needId).executeTakeFirst();
}
