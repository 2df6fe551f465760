import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import { sha256 } from '../../platform/security/secrets.ts';
import type { RecurringPledgeRow } from '../../platform/db/schema.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './contributions.repository.ts';
import { assertAccepts, capped, create, idempotent, targetColumns, targetOf, valueOf } from './ledger-rules.ts';
import type { LedgerWriter } from './ledger-writer.ts';

/** The same day of the next month (clamped to the month's last day). */
export function nextMonth(day: string, anchorDay: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(anchorDay, last)).padStart(2, '0')}`;
}

export function presentRecurring(r: RecurringPledgeRow) {
  return { id: r.id, needId: r.need_id, fundId: r.fund_id, amountFils: Number(r.amount_fils), currency: 'AED', designation: r.designation, visibility: r.visibility, status: r.status, nextRunOn: r.next_run_on, organisationId: r.contributor_organisation_id, createdAt: r.created_at };
}

/** Starts a monthly pledge; the first month's pledge is made at once by the scheduler. */
export async function createRecurring(db: Db, ctx: RequestContext, input: { needId?: string; fundId?: string; amountFils: number; designation: string; visibility: string; onBehalfOfOrganisation: boolean }, key?: string) {
  const actor = ctx.actor!;
  if (key) {
    // A repeated Idempotency-Key returns the monthly pledge it created, never a second one.
    const seen = await repo.findIdempotencyKey(db, actor.userId, `recurring:${key}`);
    if (seen) {
      if (seen.request_hash !== sha256(JSON.stringify(input))) throw new ConflictError('idempotency.key_reused', 'This Idempotency-Key was already used for a different request.');
      return JSON.parse(seen.response_body) as ReturnType<typeof presentRecurring>;
    }
  }
  const need = await targetOf(db, input);
  assertAccepts(need, 'money', input.designation);
  if (input.onBehalfOfOrganisation && !actor.actingOrganisationId) throw new ValidationError('Choose the organisation you act for first.', null, 'session.not_a_member');
  const now = nowIso();
  const row: RecurringPledgeRow = {
    id: randomUUID(), contributor_user_id: actor.userId, contributor_organisation_id: input.onBehalfOfOrganisation ? actor.actingOrganisationId : null,
    need_id: need.target === 'need' ? need.id : null, fund_id: need.target === 'fund' ? need.id : null, amount_fils: input.amountFils, designation: input.designation, visibility: input.visibility, status: 'active', next_run_on: now.slice(0, 10), created_at: now, updated_at: now,
  };
  try {
    await withTransaction(db, async (trx) => {
      await repo.insertRecurring(trx, row);
      if (key) await repo.insertIdempotencyKey(trx, { scope: actor.userId, key: `recurring:${key}`, request_hash: sha256(JSON.stringify(input)), response_status: 201, response_body: JSON.stringify(presentRecurring(row)), created_at: now });
      await recordAudit(trx, ctx, { action: 'recurring_pledge.create', entityType: 'recurring_pledge', entityId: row.id, after: presentRecurring(row) });
    });
  } catch (err) {
    // Two identical requests raced: the loser answers with the winner's pledge.
    if (key && isUniqueViolation(err)) return createRecurring(db, ctx, input, key);
    throw err;
  }
  return presentRecurring(row);
}

export async function listRecurring(db: Db, ctx: RequestContext) {
  const rows = await repo.listRecurringOf(db, ctx.actor!.userId);
  return {
    items: rows.map((r) => ({
      ...presentRecurring(r),
      initiative: r.initiative_id ? { id: r.initiative_id, titleAr: r.title_ar, titleEn: r.title_en } : null,
      fund: r.fund_id ? { id: r.fund_id, nameAr: r.fund_name_ar, nameEn: r.fund_name_en } : null,
    })),
  };
}

/** Pauses, resumes or cancels a monthly pledge (cancelled is final). */
export async function setRecurringStatus(db: Db, ctx: RequestContext, id: string, status: 'active' | 'paused' | 'cancelled') {
  return withTransaction(db, async (trx) => {
    const r = await repo.findRecurring(trx, id);
    if (!r || r.contributor_user_id !== ctx.actor!.userId) throw new NotFoundError();
    if (r.status === 'cancelled') throw new ConflictError('contribution.invalid_transition', 'This monthly pledge was cancelled.');
    const today = nowIso().slice(0, 10);
    // Resuming never back-fills the months it was paused.
    const next = status === 'active' && r.next_run_on < today ? today : r.next_run_on;
    await repo.updateRecurring(trx, id, { status, next_run_on: next, updated_at: nowIso() });
    await recordAudit(trx, ctx, { action: `recurring_pledge.${status}`, entityType: 'recurring_pledge', entityId: id, before: { status: r.status }, after: { status } });
    return presentRecurring({ ...r, status, next_run_on: next });
  });
}

/**
 * The monthly job: makes this month's pledge for every due recurring pledge. Each run is keyed
 * `<pledge>:<month>`, so two app processes (or a retry) can never make the same month twice.
 * A pledge whose need no longer accepts money is paused rather than failing every month.
 */
export async function runDueRecurring(db: Db, writer: LedgerWriter, today = nowIso().slice(0, 10)): Promise<{ created: number; paused: number }> {
  let created = 0;
  let paused = 0;
  for (const p of await repo.listDueRecurring(db, today, 500)) {
    const month = p.next_run_on.slice(0, 7);
    try {
      await writer.run((tx) => idempotent(tx, `recurring:${p.id}`, month, { month }, async () => {
        const need = await targetOf(tx.trx, { needId: p.need_id, fundId: p.fund_id });
        const details = assertAccepts(need, 'money', p.designation);
        const quantity = await capped(tx.trx, need, details.capMode, Number(p.amount_fils));
        const value = await valueOf(tx.trx, 'money', quantity, need, undefined, undefined, today);
        const row = await create(tx, { actor: null, requestId: 'recurring-job', ip: null }, {
          id: (await import('node:crypto')).randomUUID(), contributor_user_id: p.contributor_user_id, contributor_organisation_id: p.contributor_organisation_id, contributor_name: null,
          ...targetColumns(need), kind: 'money', quantity,
          value_fils: value.valueFils, currency: 'AED', valuation_rule_id: null, valuation_basis: 'face', designation: p.designation, visibility: p.visibility,
          status: 'pledged', method: 'bank_transfer', reference: null, evidence_note: `Monthly pledge ${month}`, recurring_pledge_id: p.id,
          created_at: tx.now, updated_at: tx.now, confirmed_at: null,
        }, 'contribution.pledged');
        return { status: 201, body: { id: row.id } as never };
      }));
      created++;
      await repo.updateRecurring(db, p.id, { next_run_on: nextMonth(p.next_run_on, Number(p.created_at.slice(8, 10))), updated_at: nowIso() });
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof ValidationError)) throw err;
      await repo.updateRecurring(db, p.id, { status: 'paused', updated_at: nowIso() });
      paused++;
    }
  }
  return { created, paused };
}
