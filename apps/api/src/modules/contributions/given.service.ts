import { randomUUID } from 'node:crypto';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import * as repo from './contributions.repository.ts';
import type { LedgerWriter } from './ledger-writer.ts';
import { create, targetColumns, targetOf } from './ledger-rules.ts';
import { ruleInForce } from './valuation.ts';

/** What was given, measured exactly: minutes (hour-based needs) or sessions. */
export type GivenAmount = { minutes: number } | { sessions: number };

export interface GivenInput {
  /**
   * The record this gift comes from, e.g. `attendance:<id>`, `engagement:<id>`, `session:<id>`.
   * A record becomes at most one contribution: asking again answers the first one.
   */
  source: string;
  needId: string;
  contributorUserId: string;
  kind: 'time' | 'expertise' | 'knowledge';
  amount: GivenAmount;
  /** Expertise level (defaults to the need's). */
  level?: string;
  /** The day it was given (ISO date): the valuation rule in force that day applies. */
  day: string;
  note?: string | null;
}

/**
 * Records hours, expertise or knowledge that an organisation has verified as a confirmed ledger
 * contribution, valued by the rule in force, in the same ledger transaction as `then` (which marks
 * the source record done). Idempotent per source: verifying twice makes one entry.
 *
 * Needs count whole hours (the need's unit), so the quantity is the minutes rounded to the nearest
 * hour (at least one); the value is exact (rate × minutes ÷ 60), and the source keeps the minutes.
 * Hours already given are facts, not claims on a target: no cap applies to them.
 */
export function recordGiven(writer: LedgerWriter, ctx: RequestContext, input: GivenInput, then?: (trx: DbOrTrx, contributionId: string) => Promise<void>) {
  return writer.run(async (tx) => {
    const seen = await repo.findBySourceReference(tx.trx, input.source, input.contributorUserId);
    if (seen) return { contributionId: seen.id, valueFils: Number(seen.value_fils), created: false };
    const need = await targetOf(tx.trx, { needId: input.needId });
    if (need.kind !== input.kind) throw new ConflictError('contribution.kind_not_accepted', `This need asks for ${need.kind}, not ${input.kind}.`);
    const details = JSON.parse(need.details) as { level?: string };
    const hourly = 'minutes' in input.amount;
    const level = input.kind === 'time' ? '' : input.kind === 'expertise' ? (input.level ?? details.level ?? 'mid') : need.unit;
    const rule = await ruleInForce(tx.trx, input.kind, level, input.day);
    if (!rule) throw new ConflictError('contribution.no_valuation_rule', `No valuation rule for ${input.kind}/${level}.`);
    const minutes = 'minutes' in input.amount ? input.amount.minutes : 0;
    const units = 'sessions' in input.amount ? input.amount.sessions : need.unit === 'sessions' ? 1 : minutes / 60;
    const quantity = hourly && need.unit !== 'sessions' ? Math.max(1, Math.round(minutes / 60)) : Math.max(1, Math.round(units));
    const valueFils = Math.round(Number(rule.rate_fils) * (hourly && need.unit !== 'sessions' ? minutes / 60 : quantity));
    const row = await create(tx, ctx, {
      id: randomUUID(), contributor_user_id: input.contributorUserId, contributor_organisation_id: null, contributor_name: null,
      ...targetColumns(need), kind: input.kind, quantity, value_fils: valueFils, currency: 'AED', valuation_rule_id: rule.id, valuation_basis: 'rule',
      designation: null, visibility: 'anonymous', status: 'confirmed', method: null, reference: input.source, evidence_note: input.note ?? null,
      recurring_pledge_id: null, created_at: tx.now, updated_at: tx.now, confirmed_at: tx.now,
    }, 'contribution.recorded');
    if (then) await then(tx.trx, row.id);
    return { contributionId: row.id, valueFils, created: true };
  });
}
