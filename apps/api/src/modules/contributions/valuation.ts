import { randomUUID } from 'node:crypto';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import type { ValuationRuleRow } from '../../platform/db/schema.ts';
import { ForbiddenError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';

/** Rates every installation starts with; admins add new versions in the console. */
export const DEFAULT_RULES: { kind: string; level: string; unit: string; rateFils: number; source: string; sourceUrl: string | null }[] = [
  { kind: 'time', level: '', unit: 'hours', rateFils: 7_200, source: 'Abu Dhabi Department of Community Development: the value of one volunteer hour, AED 72 (2023), the UAE’s first official figure.', sourceUrl: 'https://www.addcd.gov.ae/' },
  { kind: 'expertise', level: 'junior', unit: 'hours', rateFils: 15_000, source: 'Ataa default (docs/valuation.md): AED 150 an hour for junior professional work; set your local market rate.', sourceUrl: null },
  { kind: 'expertise', level: 'mid', unit: 'hours', rateFils: 25_000, source: 'Ataa default (docs/valuation.md): AED 250 an hour for mid-level professional work.', sourceUrl: null },
  { kind: 'expertise', level: 'senior', unit: 'hours', rateFils: 40_000, source: 'Ataa default (docs/valuation.md): AED 400 an hour for senior professional work.', sourceUrl: null },
  { kind: 'expertise', level: 'expert', unit: 'hours', rateFils: 60_000, source: 'Ataa default (docs/valuation.md): AED 600 an hour for expert or partner-level work.', sourceUrl: null },
  { kind: 'knowledge', level: 'sessions', unit: 'sessions', rateFils: 30_000, source: 'Ataa default (docs/valuation.md): AED 300 a mentoring, training or workshop session.', sourceUrl: null },
  { kind: 'knowledge', level: 'hours', unit: 'hours', rateFils: 20_000, source: 'Ataa default (docs/valuation.md): AED 200 an hour of training or mentoring.', sourceUrl: null },
];

/** Adds the default rules when no version of them exists yet (every start, every test database). */
export async function ensureValuationRules(db: Db): Promise<void> {
  const existing = await db.selectFrom('valuation_rules').select(['kind', 'level']).execute();
  const have = new Set(existing.map((r) => `${r.kind}/${r.level}`));
  const missing = DEFAULT_RULES.filter((r) => !have.has(`${r.kind}/${r.level}`));
  if (!missing.length) return;
  const now = nowIso();
  await db.insertInto('valuation_rules').values(missing.map((r) => ({
    id: randomUUID(), kind: r.kind, level: r.level, unit: r.unit, rate_fils: r.rateFils, source: r.source, source_url: r.sourceUrl,
    effective_from: '2023-01-01', version: 1, created_by: null, created_at: now,
  }))).execute();
}

/** The rule version in force for `kind`/`level` on `day` (ISO date), or undefined. */
export function ruleInForce(db: DbOrTrx, kind: string, level: string, day: string): Promise<ValuationRuleRow | undefined> {
  return db.selectFrom('valuation_rules').selectAll().where('kind', '=', kind).where('level', '=', level).where('effective_from', '<=', day)
    .orderBy('effective_from', 'desc').orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export function presentRule(r: ValuationRuleRow) {
  return { id: r.id, kind: r.kind, level: r.level || null, unit: r.unit, rateFils: Number(r.rate_fils), source: r.source, sourceUrl: r.source_url, effectiveFrom: r.effective_from, version: r.version, createdAt: r.created_at };
}

/** Every version of every rule, newest first within each kind. */
export async function listRules(db: DbOrTrx) {
  const rows = await db.selectFrom('valuation_rules').selectAll().orderBy('kind').orderBy('level').orderBy('version', 'desc').execute();
  return { items: rows.map(presentRule) };
}

/**
 * Adds a new version of a rate from a date. Existing contributions keep the version they were
 * valued with: history is never rewritten.
 */
export async function addRuleVersion(db: Db, ctx: RequestContext, input: { kind: string; level: string | null; rateFils: number; source: string; sourceUrl?: string | null; effectiveFrom: string }) {
  if (ctx.actor?.platformRole !== 'admin') throw new ForbiddenError();
  const level = input.level ?? '';
  const known = DEFAULT_RULES.find((r) => r.kind === input.kind && r.level === level);
  if (!known) throw new ValidationError('No such rate.', { fields: [{ path: 'level', code: 'validation.unknown_reference', message: 'Unknown kind and level.' }] });
  return withTransaction(db, async (trx) => {
    const last = await trx.selectFrom('valuation_rules').select((eb) => eb.fn.max('version').as('v')).where('kind', '=', input.kind).where('level', '=', level).executeTakeFirst();
    const row: ValuationRuleRow = {
      id: randomUUID(), kind: input.kind, level, unit: known.unit, rate_fils: input.rateFils, source: input.source, source_url: input.sourceUrl ?? null,
      effective_from: input.effectiveFrom, version: Number(last?.v ?? 0) + 1, created_by: ctx.actor!.userId, created_at: nowIso(),
    };
    await trx.insertInto('valuation_rules').values(row).execute();
    await recordAudit(trx, ctx, { action: 'valuation_rule.add_version', entityType: 'valuation_rule', entityId: row.id, after: presentRule(row), organisationId: null });
    return presentRule(row);
  });
}
