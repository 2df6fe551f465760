// The rules every ledger write follows: idempotency, acceptance, caps, valuation, postings, receipts.
import { createHash, randomUUID } from 'node:crypto';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ContributionRow } from '../../platform/db/schema.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { roleIn, type Actor, type RequestContext } from '../../platform/http/context.ts';
import { memberRoleAtLeast } from '../../../../../packages/shared/src/index.ts';
import { canonicalJson } from './chain.ts';
import * as repo from './contributions.repository.ts';
import { presentContribution, type ContributionView } from './contributions.presenter.ts';
import type { LedgerTx, Posting } from './ledger-writer.ts';
import { ruleInForce } from './valuation.ts';

/** A write's answer: the status code and body (replayed as-is for a repeated Idempotency-Key). */
export interface Answer {
  status: number;
  body: ContributionView;
}

export type Need = repo.LedgerTarget;

/** Finance officers, managers and owners of the receiving organisation confirm what it received. */
export function isFinance(actor: Actor | null, orgId: string): boolean {
  const role = roleIn(actor, orgId);
  return !!role && memberRoleAtLeast(role, 'finance');
}

/**
 * Runs a create inside the ledger transaction with an Idempotency-Key: the same key and body
 * replays the first answer; the same key with another body is a 409. Keys are per person.
 */
export async function idempotent(tx: LedgerTx, scope: string, key: string | undefined, request: unknown, run: () => Promise<Answer>): Promise<Answer> {
  if (!key) return run();
  const hash = createHash('sha256').update(canonicalJson(request)).digest('hex');
  const seen = await repo.findIdempotencyKey(tx.trx, scope, key);
  if (seen) {
    if (seen.request_hash !== hash) throw new ConflictError('idempotency.key_reused', 'This Idempotency-Key was already used for a different request.');
    return { status: seen.response_status, body: JSON.parse(seen.response_body) as ContributionView };
  }
  const answer = await run();
  await repo.insertIdempotencyKey(tx.trx, { scope, key, request_hash: hash, response_status: answer.status, response_body: JSON.stringify(answer.body), created_at: tx.now });
  return answer;
}

export function unknownNeed(path: 'needId' | 'fundId' = 'needId'): never {
  throw new ValidationError(path === 'needId' ? 'Unknown need.' : 'Unknown fund.', { fields: [{ path, code: 'validation.unknown_reference', message: path === 'needId' ? 'No such need.' : 'No such fund.' }] });
}

/** The need or fund a request names, or a 400 naming the field. */
export async function targetOf(trx: DbOrTrx, ref: { needId?: string | null; fundId?: string | null }): Promise<Need> {
  const t = await repo.findTarget(trx, ref);
  if (!t) unknownNeed(ref.fundId ? 'fundId' : 'needId');
  return t;
}

/** The contribution columns that say what it was given to. */
export function targetColumns(t: Need) {
  return { need_id: t.target === 'need' ? t.id : null, fund_id: t.target === 'fund' ? t.id : null, initiative_id: t.initiative_id, receiving_organisation_id: t.organisation_id, unit: t.unit };
}

/** Checks that the need takes this kind of contribution now; returns its money details. */
export function assertAccepts(need: Need, kind: string, designation: string | undefined) {
  if (!['active', 'approved'].includes(need.initiative_status)) throw new ConflictError('contribution.initiative_not_open', need.target === 'fund' ? 'This fund is closed.' : 'This initiative is not receiving contributions.');
  if (need.status !== 'open') throw new ConflictError('contribution.need_closed', 'This need is closed.');
  if (need.kind !== kind) throw new ConflictError('contribution.kind_not_accepted', `This need asks for ${need.kind}, not ${kind}.`);
  const details = JSON.parse(need.details) as { designations?: string[]; capMode?: string; estimatedValueFils?: number };
  if (kind === 'money') {
    const d = designation ?? 'general';
    if (!(details.designations ?? ['general']).includes(d)) throw new ConflictError('contribution.designation_not_accepted', `This need does not accept ${d}.`, { accepted: details.designations });
  }
  return details;
}

/**
 * Applies the need's cap: `reject` refuses what would go past the target, `cap` accepts only
 * what is left, `open` takes everything. Counted against what is received plus what is still
 * promised, so pledges can never add up past the target either.
 */
export async function capped(trx: DbOrTrx, need: Need, capMode: string | undefined, quantity: number): Promise<number> {
  const mode = capMode ?? 'reject';
  if (mode === 'open' || need.target_quantity === null) return quantity;
  const { pledged, confirmed } = await repo.needTotals(trx, need.id);
  const left = Number(need.target_quantity) - pledged - confirmed;
  if (left <= 0) throw new ConflictError('contribution.target_reached', 'This need has everything it asked for.');
  if (quantity <= left) return quantity;
  if (mode === 'cap') return left;
  throw new ConflictError('contribution.over_target', `Only ${left} more is needed.`, { remaining: left });
}

/** The value in fils and how it was reached. */
export async function valueOf(trx: DbOrTrx, kind: string, quantity: number, need: Need, level: string | undefined, estimate: number | undefined, day: string) {
  if (kind === 'money') return { valueFils: quantity, basis: 'face', ruleId: null };
  if (kind === 'in_kind') {
    const each = estimate ?? (JSON.parse(need.details) as { estimatedValueFils?: number }).estimatedValueFils ?? 0;
    return { valueFils: each * quantity, basis: 'declared', ruleId: null };
  }
  const details = JSON.parse(need.details) as { level?: string };
  const ruleLevel = kind === 'time' ? '' : kind === 'expertise' ? (level ?? details.level ?? 'mid') : (level ?? need.unit);
  const rule = await ruleInForce(trx, kind, ruleLevel, day);
  if (!rule) throw new ConflictError('contribution.no_valuation_rule', `No valuation rule for ${kind}/${ruleLevel}.`);
  return { valueFils: Number(rule.rate_fils) * quantity, basis: 'rule', ruleId: rule.id };
}

/** Account names of the double-entry books. */
export const accounts = {
  contributor: (c: Pick<ContributionRow, 'contributor_user_id' | 'contributor_organisation_id'>) =>
    c.contributor_organisation_id ? `contributor:org:${c.contributor_organisation_id}` : c.contributor_user_id ? `contributor:user:${c.contributor_user_id}` : 'contributor:external',
  need: (needId: string) => `need:${needId}`,
  fund: (fundId: string) => `fund:${fundId}`,
  /** The account that holds what was given: the need's or the fund's. */
  target: (c: Pick<ContributionRow, 'need_id' | 'fund_id'>) => (c.fund_id ? `fund:${c.fund_id}` : `need:${c.need_id}`),
};

/** Money received: from the contributor's account to the need's account. */
export function receivedPostings(c: ContributionRow, sign = 1): Posting[] {
  const designation = c.designation ?? 'general';
  return [
    { account: accounts.contributor(c), amountFils: -sign * Number(c.value_fils), designation },
    { account: accounts.target(c), amountFils: sign * Number(c.value_fils), designation },
  ];
}

export function facts(c: ContributionRow) {
  return {
    contributorUserId: c.contributor_user_id, contributorOrganisationId: c.contributor_organisation_id, contributorName: c.contributor_name,
    needId: c.need_id, fundId: c.fund_id, initiativeId: c.initiative_id, receivingOrganisationId: c.receiving_organisation_id, kind: c.kind, quantity: Number(c.quantity),
    unit: c.unit, valueFils: Number(c.value_fils), currency: c.currency, valuationRuleId: c.valuation_rule_id, valuationBasis: c.valuation_basis,
    designation: c.designation, visibility: c.visibility, status: c.status, method: c.method, reference: c.reference, recurringPledgeId: c.recurring_pledge_id,
  };
}

/** Issues the next receipt number of the receiving organisation for a confirmed gift of money or goods. */
export async function issueReceipt(tx: LedgerTx, c: ContributionRow): Promise<void> {
  if (c.kind !== 'money' && c.kind !== 'in_kind') return;
  if (await repo.findReceiptOfContribution(tx.trx, c.id)) return;
  const number = await repo.nextReceiptNumber(tx.trx, c.receiving_organisation_id);
  await repo.insertReceipt(tx.trx, { id: randomUUID(), organisation_id: c.receiving_organisation_id, number, contribution_id: c.id, public_token: randomUUID().replace(/-/g, ''), issued_at: tx.now });
}

/**
 * The answer for a contribution just created, built from what the write already read (no extra
 * query while the ledger lock is held — this is the hot path of every pledge).
 */
export function createdAnswer(row: ContributionRow, need: Need, contributorName: string | null): Answer {
  return {
    status: 201,
    body: presentContribution({
      ...row, receiver_name_ar: need.org_name_ar, receiver_name_en: need.org_name_en,
      user_name: contributorName, giver_name_ar: null, giver_name_en: null, receipt_id: null, receipt_number: null,
      ...(need.target === 'fund'
        ? { title_ar: null, title_en: null, fund_name_ar: need.initiative_title_ar, fund_name_en: need.initiative_title_en }
        : { title_ar: need.initiative_title_ar, title_en: need.initiative_title_en, fund_name_ar: null, fund_name_en: null }),
    }, true),
  };
}

/** The answer for a contribution after a write. */
export async function answerFor(trx: DbOrTrx, id: string, status: number): Promise<Answer> {
  const listed = await repo.findListed(trx, id);
  return { status, body: presentContribution(listed!, true) };
}

/** A new contribution row plus its first ledger entry. */
export async function create(tx: LedgerTx, ctx: RequestContext, row: Omit<ContributionRow, 'first_seq' | 'last_seq'>, entryType: string): Promise<ContributionRow> {
  const postings = row.status === 'confirmed' && row.kind === 'money' ? receivedPostings({ ...row, first_seq: 0, last_seq: 0 }) : [];
  const seq = await tx.append({ type: entryType, contributionId: row.id, payload: facts({ ...row, first_seq: 0, last_seq: 0 }), actorUserId: ctx.actor?.userId ?? null, actingOrganisationId: ctx.actor?.actingOrganisationId ?? null, postings });
  const full = { ...row, first_seq: seq, last_seq: seq };
  await repo.insertContribution(tx.trx, full);
  if (row.status === 'confirmed') await issueReceipt(tx, full);
  return full;
}

