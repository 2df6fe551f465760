import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { ContributionRow } from '../../platform/db/schema.ts';
import * as repo from './contributions.repository.ts';
import type { ContributionTransition, PledgeInput, RecordInput } from './contributions.schemas.ts';
import type { LedgerWriter } from './ledger-writer.ts';
import { PAYMENT_PROVIDERS } from './payments.ts';
import { listEvidence } from './evidence.service.ts';
import { answerFor, createdAnswer, assertAccepts, capped, create, facts, idempotent, isFinance, issueReceipt, receivedPostings, targetColumns, targetOf, unknownNeed, valueOf, type Answer } from './ledger-rules.ts';

/** A person pledges money or goods to a need (optionally for the organisation they act for). */
export function pledge(writer: LedgerWriter, ctx: RequestContext, input: PledgeInput, key: string | undefined): Promise<Answer> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (input.kind !== 'money' && input.kind !== 'in_kind') {
    throw new ConflictError('contribution.kind_not_pledgeable', 'Hours, expertise and knowledge are recorded when they are given, not pledged.');
  }
  if (input.onBehalfOfOrganisation && !actor.actingOrganisationId) {
    throw new ValidationError('Choose the organisation you act for first.', null, 'session.not_a_member');
  }
  return writer.run((tx) => idempotent(tx, actor.userId, key, { op: 'pledge', input }, async () => {
    const need = await targetOf(tx.trx, input);
    const details = assertAccepts(need, input.kind, input.designation);
    const quantity = await capped(tx.trx, need, details.capMode, input.quantity);
    const value = await valueOf(tx.trx, input.kind, quantity, need, undefined, input.estimatedValueFils, tx.now.slice(0, 10));
    const row = await create(tx, ctx, {
      id: randomUUID(), contributor_user_id: actor.userId, contributor_organisation_id: input.onBehalfOfOrganisation ? actor.actingOrganisationId : null,
      contributor_name: null, ...targetColumns(need),
      kind: input.kind, quantity, value_fils: value.valueFils, currency: 'AED', valuation_rule_id: value.ruleId, valuation_basis: value.basis,
      designation: input.kind === 'money' ? (input.designation ?? 'general') : null, visibility: input.visibility, status: 'pledged',
      method: input.method ?? null, reference: null, evidence_note: input.note ?? null, recurring_pledge_id: null,
      created_at: tx.now, updated_at: tx.now, confirmed_at: null,
    }, 'contribution.pledged');
    // Giving for an organisation shows its name; look it up only then (rare, off the hot path).
    return row.contributor_organisation_id ? answerFor(tx.trx, row.id, 201) : createdAnswer(row, need, actor.displayName);
  }));
}

/**
 * The receiving organisation records what it has received (cash at an event, goods at the door,
 * hours it verified): the contribution starts confirmed, with its postings and receipt.
 */
export function record(writer: LedgerWriter, ctx: RequestContext, orgId: string, input: RecordInput, key: string | undefined): Promise<Answer> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (!isFinance(actor, orgId)) throw new ForbiddenError('contribution.finance_required', 'Only the organisation’s finance officers and managers record receipts.');
  return writer.run((tx) => idempotent(tx, actor.userId, key, { op: 'record', orgId, input }, async () => {
    const need = await targetOf(tx.trx, input);
    if (need.organisation_id !== orgId) unknownNeed(input.fundId ? 'fundId' : 'needId');
    const details = assertAccepts(need, input.kind, input.designation);
    const quantity = await capped(tx.trx, need, details.capMode, input.quantity);
    const value = await valueOf(tx.trx, input.kind, quantity, need, input.level, input.estimatedValueFils, tx.now.slice(0, 10));
    const row = await create(tx, ctx, {
      id: randomUUID(), contributor_user_id: input.contributorUserId ?? null, contributor_organisation_id: null, contributor_name: input.contributorName ?? null,
      ...targetColumns(need), kind: input.kind, quantity,
      value_fils: value.valueFils, currency: 'AED', valuation_rule_id: value.ruleId, valuation_basis: value.basis,
      designation: input.kind === 'money' ? (input.designation ?? 'general') : null, visibility: input.visibility, status: 'confirmed',
      method: input.method ?? null, reference: input.reference ?? null, evidence_note: input.evidenceNote ?? null, recurring_pledge_id: null,
      created_at: tx.now, updated_at: tx.now, confirmed_at: tx.now,
    }, 'contribution.recorded');
    return answerFor(tx.trx, row.id, 201);
  }));
}

/** Which states each action leaves from, and what it leads to. */
const FLOW: Record<ContributionTransition['action'], { from: string[]; to: string }> = {
  confirm: { from: ['pledged'], to: 'confirmed' },
  verify: { from: ['confirmed'], to: 'verified' },
  cancel: { from: ['pledged'], to: 'cancelled' },
  refund: { from: ['confirmed', 'verified'], to: 'refunded' },
  reverse: { from: ['pledged', 'confirmed', 'verified'], to: 'reversed' },
  correct_value: { from: ['confirmed', 'verified'], to: '' },
};

/** Who may take an action on a contribution. */
function assertMay(ctx: RequestContext, c: ContributionRow, action: ContributionTransition['action']): void {
  const actor = ctx.actor!;
  const finance = isFinance(actor, c.receiving_organisation_id);
  const staff = actor.platformRole === 'admin' || actor.platformRole === 'verifier';
  const mine = c.contributor_user_id === actor.userId;
  const visible = staff || mine || actor.memberships.some((m) => m.organisationId === c.receiving_organisation_id || m.organisationId === c.contributor_organisation_id);
  if (!visible) throw new NotFoundError();
  const ok =
    action === 'confirm' || action === 'refund' || action === 'correct_value' ? finance
    : action === 'verify' ? staff
    : action === 'cancel' ? mine || finance
    : actor.platformRole === 'admin';
  if (!ok) throw new ForbiddenError('contribution.not_allowed', `You cannot ${action} this contribution.`);
}

/**
 * Moves a contribution to its next state by appending an entry (nothing is edited in place but
 * the projection): confirm (with reference; goods may have their value corrected, with reason),
 * verify, cancel, refund (money goes back), reverse (a correction), correct_value.
 */
export function transition(writer: LedgerWriter, ctx: RequestContext, id: string, body: ContributionTransition, key: string | undefined): Promise<Answer> {
  if (!ctx.actor) throw new UnauthenticatedError();
  return writer.run((tx) => idempotent(tx, ctx.actor!.userId, key, { op: 'transition', id, body }, async () => {
    const c = await repo.findContribution(tx.trx, id);
    if (!c) throw new NotFoundError();
    assertMay(ctx, c, body.action);
    const rule = FLOW[body.action];
    if (!rule.from.includes(c.status)) throw new ConflictError('contribution.invalid_transition', `Cannot ${body.action} a ${c.status} contribution.`, { status: c.status });
    const needsReason = body.action === 'refund' || body.action === 'reverse' || body.action === 'correct_value' || (body.action === 'confirm' && body.valueFils !== undefined && body.valueFils !== Number(c.value_fils));
    if (needsReason && !body.reason) throw new ValidationError('Give a reason.', { fields: [{ path: 'reason', code: 'validation.reason_required', message: 'A reason is required.' }] });
    const provider = PAYMENT_PROVIDERS[body.method ?? c.method ?? 'bank_transfer'];
    if (body.action === 'confirm' && c.kind === 'money' && body.reference && provider && !provider.validReference(body.reference)) {
      throw new ValidationError('That reference is too short.', { fields: [{ path: 'reference', code: 'validation.reference_required', message: 'Give the full reference.' }] });
    }
    if (body.action === 'confirm' && c.kind === 'money' && !body.reference) throw new ValidationError('Give the payment reference.', { fields: [{ path: 'reference', code: 'validation.reference_required', message: 'A bank, cash or cheque reference is required.' }] });
    if ((body.action === 'refund') && c.kind !== 'money') throw new ConflictError('contribution.invalid_transition', 'Only money can be refunded.');
    if (body.valueFils !== undefined && c.kind !== 'in_kind') throw new ConflictError('contribution.invalid_transition', 'Only the value of goods can be corrected.');
    const actorIds = { actorUserId: ctx.actor!.userId, actingOrganisationId: ctx.actor!.actingOrganisationId };
    let current = c;
    if (body.valueFils !== undefined && body.valueFils !== Number(c.value_fils)) {
      const seq = await tx.append({ type: 'contribution.value_corrected', contributionId: id, payload: { from: Number(c.value_fils), to: body.valueFils, reason: body.reason }, ...actorIds });
      current = { ...current, value_fils: body.valueFils, last_seq: seq, updated_at: tx.now };
    }
    if (body.action === 'correct_value') {
      if (body.valueFils === undefined) throw new ValidationError('Give the corrected value.', { fields: [{ path: 'valueFils', code: 'validation.required', message: 'Required.' }] });
    } else {
      const moneyIn = body.action === 'confirm' && c.kind === 'money';
      const moneyBack = (body.action === 'refund' || body.action === 'reverse') && c.kind === 'money' && c.status !== 'pledged';
      const postings = moneyIn ? receivedPostings(current) : moneyBack ? receivedPostings(current, -1) : [];
      const payload = { from: c.status, to: rule.to, reference: body.reference ?? null, method: body.method ?? null, reason: body.reason ?? null };
      const seq = await tx.append({ type: `contribution.${rule.to}`, contributionId: id, payload, postings, ...actorIds });
      current = {
        ...current, status: rule.to, last_seq: seq, updated_at: tx.now,
        ...(body.action === 'confirm' ? { confirmed_at: tx.now, reference: body.reference ?? c.reference, method: body.method ?? c.method } : {}),
      };
    }
    await repo.updateContribution(tx.trx, id, { status: current.status, value_fils: current.value_fils, last_seq: current.last_seq, updated_at: current.updated_at, confirmed_at: current.confirmed_at, reference: current.reference, method: current.method });
    if (body.action === 'confirm') await issueReceipt(tx, current);
    return answerFor(tx.trx, id, 200);
  }));
}

/** One contribution, for its contributor, the receiving organisation or platform staff. */
export async function getContribution(db: Db, ctx: RequestContext, id: string) {
  const c = await repo.findListed(db, id);
  const actor = ctx.actor;
  if (!c || !actor) throw new NotFoundError();
  const allowed = c.contributor_user_id === actor.userId || actor.memberships.some((m) => m.organisationId === c.receiving_organisation_id || m.organisationId === c.contributor_organisation_id) || actor.platformRole === 'admin' || actor.platformRole === 'verifier';
  if (!allowed) throw new NotFoundError();
  const { presentContribution } = await import('./contributions.presenter.ts');
  const provider = c.kind === 'money' && c.status === 'pledged' ? PAYMENT_PROVIDERS[c.method ?? 'bank_transfer'] : undefined;
  const paymentInstructions = provider?.instructions({ contributionId: c.id, amountFils: Number(c.value_fils), organisationNameAr: c.receiver_name_ar, organisationNameEn: c.receiver_name_en }) ?? null;
  return { ...presentContribution(c, true), evidenceNote: c.evidence_note, evidence: await listEvidence(db, id), paymentInstructions, facts: facts(c) };
}
