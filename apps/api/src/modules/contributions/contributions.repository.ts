import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ContributionRow } from '../../platform/db/schema.ts';

const CONTRIBUTION_COLUMNS = [
  'id', 'contributor_user_id', 'contributor_organisation_id', 'contributor_name', 'need_id', 'initiative_id', 'fund_id', 'receiving_organisation_id', 'kind',
  'quantity', 'unit', 'value_fils', 'currency', 'valuation_rule_id', 'valuation_basis', 'designation', 'visibility', 'status', 'method', 'reference',
  'evidence_note', 'recurring_pledge_id', 'first_seq', 'last_seq', 'created_at', 'updated_at', 'confirmed_at',
] as const satisfies readonly (keyof ContributionRow)[];
const INSERT_CONTRIBUTION = sql.raw(`insert into contributions (${CONTRIBUTION_COLUMNS.join(', ')}) values `);

/**
 * Inserts a contribution. Written as one SQL template rather than with the query builder: this
 * runs for every pledge while the ledger lock is held, and the builder's per-column work showed
 * up in the benchmark profile.
 */
export async function insertContribution(db: DbOrTrx, row: ContributionRow): Promise<void> {
  await sql`${INSERT_CONTRIBUTION}(${sql.join(CONTRIBUTION_COLUMNS.map((c) => row[c]))})`.execute(db);
}

export function findContribution(db: DbOrTrx, id: string): Promise<ContributionRow | undefined> {
  return db.selectFrom('contributions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateContribution(db: DbOrTrx, id: string, patch: Partial<ContributionRow>): Promise<void> {
  await db.updateTable('contributions').set(patch).where('id', '=', id).execute();
}

/**
 * What a contribution is given to, in one shape for needs and pooled funds: the kind and unit it
 * takes, its target (none for a fund), accepted designations and cap (`details`), whether it is
 * open, and the organisation that receives (a fund's managing organisation).
 */
export interface LedgerTarget {
  target: 'need' | 'fund';
  id: string;
  kind: string;
  unit: string;
  target_quantity: number | null;
  details: string;
  status: string;
  initiative_id: string | null;
  initiative_status: string;
  organisation_id: string;
  initiative_title_ar: string | null;
  initiative_title_en: string | null;
  org_name_ar: string | null;
  org_name_en: string | null;
}

/** The need or fund a contribution names (exactly one of the two ids). */
export async function findTarget(db: DbOrTrx, ref: { needId?: string | null; fundId?: string | null }): Promise<LedgerTarget | undefined> {
  if (ref.needId) {
    const n = await findNeedForLedger(db, ref.needId);
    return n && { ...n, target: 'need', target_quantity: Number(n.target_quantity) };
  }
  if (!ref.fundId) return undefined;
  const f = await db
    .selectFrom('funds')
    .innerJoin('organisations', 'organisations.id', 'funds.managing_organisation_id')
    .selectAll('funds')
    .select(['organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en'])
    .where('funds.id', '=', ref.fundId)
    .executeTakeFirst();
  return f && {
    target: 'fund', id: f.id, kind: 'money', unit: 'fils', target_quantity: null,
    details: JSON.stringify({ designations: JSON.parse(f.designations), capMode: 'open' }),
    status: f.status, initiative_id: null, initiative_status: f.status === 'open' ? 'active' : 'closed', organisation_id: f.managing_organisation_id,
    initiative_title_ar: f.name_ar, initiative_title_en: f.name_en, org_name_ar: f.org_name_ar, org_name_en: f.org_name_en,
  };
}

/** A need with what the ledger checks against: its initiative's status and organisation. */
function findNeedForLedger(db: DbOrTrx, needId: string) {
  return db
    .selectFrom('needs')
    .innerJoin('initiatives', 'initiatives.id', 'needs.initiative_id')
    .innerJoin('organisations', 'organisations.id', 'initiatives.organisation_id')
    .selectAll('needs')
    .select(['initiatives.status as initiative_status', 'initiatives.organisation_id', 'initiatives.title_ar as initiative_title_ar', 'initiatives.title_en as initiative_title_en', 'organisations.name_ar as org_name_ar', 'organisations.name_en as org_name_en'])
    .where('needs.id', '=', needId)
    .executeTakeFirst();
}

/** Quantities already promised and received for a need (a fund has no target, so no cap). */
export async function needTotals(db: DbOrTrx, needId: string): Promise<{ pledged: number; confirmed: number }> {
  const rows = await db.selectFrom('contributions').select(['status', (eb) => eb.fn.sum<number>('quantity').as('q')]).where('need_id', '=', needId).where('status', 'in', ['pledged', 'confirmed', 'verified']).groupBy('status').execute();
  let pledged = 0;
  let confirmed = 0;
  for (const r of rows) {
    if (r.status === 'pledged') pledged += Number(r.q);
    else confirmed += Number(r.q);
  }
  return { pledged, confirmed };
}

/** Progress of many needs at once (pledged, confirmed and confirmed AED value). */
export async function progressOfNeeds(db: DbOrTrx, needIds: readonly string[]) {
  if (needIds.length === 0) return [];
  return db
    .selectFrom('contributions')
    .select(['need_id', 'status', (eb) => eb.fn.sum<number>('quantity').as('q'), (eb) => eb.fn.sum<number>('value_fils').as('v')])
    .where('need_id', 'in', needIds)
    .where('status', 'in', ['pledged', 'confirmed', 'verified'])
    .groupBy(['need_id', 'status'])
    .execute();
}

export function findIdempotencyKey(db: DbOrTrx, scope: string, key: string) {
  return db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
}

export async function insertIdempotencyKey(db: DbOrTrx, row: { scope: string; key: string; request_hash: string; response_status: number; response_body: string; created_at: string }): Promise<void> {
  await db.insertInto('idempotency_keys').values(row).execute();
}

/** The next receipt number of an organisation (called inside the serialised ledger transaction). */
export async function nextReceiptNumber(db: DbOrTrx, orgId: string): Promise<number> {
  const r = await db.selectFrom('receipts').select((eb) => eb.fn.max('number').as('n')).where('organisation_id', '=', orgId).executeTakeFirst();
  return Number(r?.n ?? 0) + 1;
}

export async function insertReceipt(db: DbOrTrx, row: { id: string; organisation_id: string; number: number; contribution_id: string; public_token: string; issued_at: string }): Promise<void> {
  await db.insertInto('receipts').values(row).execute();
}

export function findReceiptOfContribution(db: DbOrTrx, contributionId: string) {
  return db.selectFrom('receipts').selectAll().where('contribution_id', '=', contributionId).executeTakeFirst();
}

/** Filters for contribution lists. */
export interface ContributionFilter {
  contributorUserId?: string;
  contributorOrganisationId?: string;
  receivingOrganisationId?: string;
  initiativeId?: string;
  needId?: string;
  fundId?: string;
  kind?: string;
  status?: string;
  designation?: string;
  visibilities?: readonly string[];
  statuses?: readonly string[];
  from?: string;
  to?: string;
}

function filtered(db: DbOrTrx, f: ContributionFilter) {
  let q = db.selectFrom('contributions');
  if (f.contributorUserId) q = q.where('contributions.contributor_user_id', '=', f.contributorUserId);
  if (f.contributorOrganisationId) q = q.where('contributions.contributor_organisation_id', '=', f.contributorOrganisationId);
  if (f.receivingOrganisationId) q = q.where('contributions.receiving_organisation_id', '=', f.receivingOrganisationId);
  if (f.initiativeId) q = q.where('contributions.initiative_id', '=', f.initiativeId);
  if (f.needId) q = q.where('contributions.need_id', '=', f.needId);
  if (f.fundId) q = q.where('contributions.fund_id', '=', f.fundId);
  if (f.kind) q = q.where('contributions.kind', '=', f.kind);
  if (f.status) q = q.where('contributions.status', '=', f.status);
  if (f.statuses) q = q.where('contributions.status', 'in', f.statuses);
  if (f.designation) q = q.where('contributions.designation', '=', f.designation);
  if (f.visibilities) q = q.where('contributions.visibility', 'in', f.visibilities);
  if (f.from) q = q.where('contributions.created_at', '>=', f.from);
  if (f.to) q = q.where('contributions.created_at', '<', f.to);
  return q;
}

function withNames<Q extends ReturnType<typeof filtered>>(q: Q) {
  return q.leftJoin('initiatives', 'initiatives.id', 'contributions.initiative_id')
      .innerJoin('organisations as receiver', 'receiver.id', 'contributions.receiving_organisation_id')
      .leftJoin('users', 'users.id', 'contributions.contributor_user_id')
      .leftJoin('organisations as giver', 'giver.id', 'contributions.contributor_organisation_id')
      .leftJoin('receipts', 'receipts.contribution_id', 'contributions.id')
    .leftJoin('funds', 'funds.id', 'contributions.fund_id')
      .selectAll('contributions')
      .select(['initiatives.title_ar', 'initiatives.title_en', 'receiver.name_ar as receiver_name_ar', 'receiver.name_en as receiver_name_en', 'users.display_name as user_name', 'giver.name_ar as giver_name_ar', 'giver.name_en as giver_name_en', 'receipts.id as receipt_id', 'receipts.number as receipt_number', 'funds.name_ar as fund_name_ar', 'funds.name_en as fund_name_en']);
}

/** One contribution with the names a view needs. */
export function findListed(db: DbOrTrx, id: string) {
  return withNames(filtered(db, {})).where('contributions.id', '=', id).executeTakeFirst();
}

/** A page of contributions with the initiative's titles and the people/organisations' names. */
export async function listContributions(db: DbOrTrx, f: ContributionFilter, limit: number, offset: number) {
  const q = filtered(db, f);
  const [rows, count] = await Promise.all([
    withNames(q).orderBy('contributions.created_at', 'desc').orderBy('contributions.id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Totals by kind, status group and designation for the same filter. */
export async function totalsOf(db: DbOrTrx, f: ContributionFilter) {
  return filtered(db, f)
    .select(['contributions.kind', 'contributions.status', 'contributions.designation', (eb) => eb.fn.sum<number>('contributions.quantity').as('q'), (eb) => eb.fn.sum<number>('contributions.value_fils').as('v'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['contributions.kind', 'contributions.status', 'contributions.designation'])
    .execute();
}

// ---- recurring pledges ---------------------------------------------------------------------

export async function insertRecurring(db: DbOrTrx, row: import('../../platform/db/schema.ts').RecurringPledgeRow): Promise<void> {
  await db.insertInto('recurring_pledges').values(row).execute();
}

export function findRecurring(db: DbOrTrx, id: string) {
  return db.selectFrom('recurring_pledges').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateRecurring(db: DbOrTrx, id: string, patch: Partial<import('../../platform/db/schema.ts').RecurringPledgeRow>): Promise<void> {
  await db.updateTable('recurring_pledges').set(patch).where('id', '=', id).execute();
}

/** A person's monthly pledges with the name of what each goes to. */
export function listRecurringOf(db: DbOrTrx, userId: string) {
  return db.selectFrom('recurring_pledges')
    .leftJoin('needs', 'needs.id', 'recurring_pledges.need_id')
    .leftJoin('initiatives', 'initiatives.id', 'needs.initiative_id')
    .leftJoin('funds', 'funds.id', 'recurring_pledges.fund_id')
    .selectAll('recurring_pledges')
    .select(['initiatives.id as initiative_id', 'initiatives.title_ar', 'initiatives.title_en', 'funds.name_ar as fund_name_ar', 'funds.name_en as fund_name_en'])
    .where('recurring_pledges.contributor_user_id', '=', userId).orderBy('recurring_pledges.created_at', 'desc').execute();
}

export function listDueRecurring(db: DbOrTrx, day: string, limit: number) {
  return db.selectFrom('recurring_pledges').selectAll().where('status', '=', 'active').where('next_run_on', '<=', day).orderBy('next_run_on').limit(limit).execute();
}

// ---- evidence ------------------------------------------------------------------------------

export async function insertEvidence(
  db: DbOrTrx,
  file: { id: string; content_type: string; size: number; sha256: string; data: Buffer; created_by: string | null; created_at: string },
  link: { id: string; contribution_id: string; file_id: string; created_by: string | null; created_at: string },
): Promise<void> {
  await db.insertInto('files').values(file).execute();
  await db.insertInto('contribution_evidence').values(link).execute();
}

export function listEvidenceOf(db: DbOrTrx, contributionId: string) {
  return db.selectFrom('contribution_evidence').innerJoin('files', 'files.id', 'contribution_evidence.file_id')
    .select(['contribution_evidence.id', 'files.content_type', 'files.size', 'contribution_evidence.created_at'])
    .where('contribution_evidence.contribution_id', '=', contributionId).orderBy('contribution_evidence.created_at').execute();
}

export function findEvidenceFile(db: DbOrTrx, contributionId: string, evidenceId: string) {
  return db.selectFrom('contribution_evidence').innerJoin('files', 'files.id', 'contribution_evidence.file_id')
    .select(['files.content_type', 'files.data']).where('contribution_evidence.id', '=', evidenceId).where('contribution_evidence.contribution_id', '=', contributionId).executeTakeFirst();
}

/** The contribution a volunteering record (attendance, engagement, session) already became, if any. */
export function findBySourceReference(db: DbOrTrx, reference: string, contributorUserId: string) {
  return db.selectFrom('contributions').select(['id', 'value_fils', 'quantity']).where('reference', '=', reference)
    .where('contributor_user_id', '=', contributorUserId).where('kind', 'in', ['time', 'expertise', 'knowledge']).executeTakeFirst();
}
