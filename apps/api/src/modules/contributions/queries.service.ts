import { stringify } from 'csv-stringify/sync';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import type { NeedProgress } from '../initiatives/index.ts';
import * as repo from './contributions.repository.ts';
import { presentContribution } from './contributions.presenter.ts';

const COUNTED = ['pledged', 'confirmed', 'verified'];

/** Progress of needs from the ledger (registered as the initiatives module's progress source). */
export async function needProgress(db: DbOrTrx, needIds: readonly string[]): Promise<Map<string, NeedProgress>> {
  const map = new Map<string, NeedProgress>(needIds.map((id) => [id, { pledged: 0, confirmed: 0, confirmedValueFils: 0 }]));
  for (const r of await repo.progressOfNeeds(db, needIds)) {
    const p = map.get(r.need_id!)!;
    if (r.status === 'pledged') p.pledged += Number(r.q);
    else {
      p.confirmed += Number(r.q);
      p.confirmedValueFils += Number(r.v);
    }
  }
  return map;
}

/** Totals by kind (quantity and AED value, pledged vs confirmed) and by money designation. */
export async function totals(db: DbOrTrx, filter: repo.ContributionFilter) {
  const byKind: Record<string, { pledged: number; confirmed: number; pledgedValueFils: number; confirmedValueFils: number; count: number }> = {};
  const byDesignation: Record<string, { confirmedFils: number; pledgedFils: number }> = {};
  for (const r of await repo.totalsOf(db, { ...filter, statuses: filter.status ? undefined : COUNTED })) {
    const k = (byKind[r.kind] ??= { pledged: 0, confirmed: 0, pledgedValueFils: 0, confirmedValueFils: 0, count: 0 });
    const confirmed = r.status !== 'pledged';
    k[confirmed ? 'confirmed' : 'pledged'] += Number(r.q);
    k[confirmed ? 'confirmedValueFils' : 'pledgedValueFils'] += Number(r.v);
    k.count += Number(r.n);
    if (r.kind === 'money') {
      const d = (byDesignation[r.designation ?? 'general'] ??= { confirmedFils: 0, pledgedFils: 0 });
      d[confirmed ? 'confirmedFils' : 'pledgedFils'] += Number(r.v);
    }
  }
  const confirmedValueFils = Object.values(byKind).reduce((s, k) => s + k.confirmedValueFils, 0);
  return { byKind, byDesignation, confirmedValueFils };
}

const CSV_COLUMNS = ['date', 'status', 'kind', 'quantity', 'unit', 'value_aed', 'designation', 'initiative_ar', 'initiative_en', 'organisation_ar', 'organisation_en', 'receipt_number', 'id'];

function toCsv(items: ReturnType<typeof presentContribution>[]): string {
  const rows = items.map((c) => [c.createdAt.slice(0, 10), c.status, c.kind, c.quantity, c.unit, (c.valueFils / 100).toFixed(2), c.designation ?? '', c.initiative.titleAr ?? '', c.initiative.titleEn ?? '', c.receivingOrganisation.nameAr ?? '', c.receivingOrganisation.nameEn ?? '', c.receipt?.number ?? '', c.id]);
  return `\uFEFF${stringify(rows, { header: true, columns: CSV_COLUMNS })}`;
}

const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();

type ListArgs = PageQuery & { kind?: string; status?: string; designation?: string; from?: string; to?: string; format: 'json' | 'csv' };

async function listWith(db: Db, filter: repo.ContributionFilter, q: ListArgs, full: boolean) {
  const f: repo.ContributionFilter = { ...filter, kind: q.kind, status: q.status, designation: q.designation, from: q.from ? `${q.from}T00:00:00.000Z` : undefined, to: q.to ? dayAfter(q.to) : undefined };
  if (q.format === 'csv') {
    const { rows } = await repo.listContributions(db, f, 100_000, 0);
    return { csv: toCsv(rows.map((r) => presentContribution(r, full))) };
  }
  const { rows, total } = await repo.listContributions(db, f, q.pageSize, offsetOf(q));
  return { items: rows.map((r) => presentContribution(r, full)), page: q.page, pageSize: q.pageSize, total, totals: await totals(db, f) };
}

/** "My contributions": everything the person gave themself, with totals; CSV on request. */
export function myContributions(db: Db, ctx: RequestContext, q: ListArgs) {
  return listWith(db, { contributorUserId: ctx.actor!.userId }, q, true);
}

/** An organisation's contributions: what it received, or what it (and its staff for it) gave. */
export function organisationContributions(db: Db, ctx: RequestContext, orgId: string, direction: 'given' | 'received', q: ListArgs) {
  return listWith(db, direction === 'received' ? { receivingOrganisationId: orgId } : { contributorOrganisationId: orgId }, q, true);
}

/** Every contribution on the platform (admins and verifiers), e.g. confirmed ones awaiting verification. */
export function allContributions(db: Db, q: ListArgs) {
  return listWith(db, {}, q, true);
}

/** Public list of an initiative's contributions: names only for public ones, private ones omitted. */
export async function initiativeContributions(db: Db, initiativeId: string, page: PageQuery) {
  const f: repo.ContributionFilter = { initiativeId, visibilities: ['public', 'anonymous'], statuses: ['confirmed', 'verified'] };
  const { rows, total } = await repo.listContributions(db, f, page.pageSize, offsetOf(page));
  return { items: rows.map((r) => presentContribution(r, false)), page: page.page, pageSize: page.pageSize, total };
}

/** An initiative's totals from the ledger, every visibility counted. */
export async function initiativeTotals(db: Db, initiativeId: string) {
  const exists = await db.selectFrom('initiatives').select('status').where('id', '=', initiativeId).executeTakeFirst();
  if (!exists || !['approved', 'active', 'completed'].includes(exists.status)) throw new NotFoundError();
  return totals(db, { initiativeId });
}

/**
 * The platform's live counters for the public home page: confirmed value in AED (every kind),
 * volunteer hours, and how many people and organisations have given. Private gifts are counted
 * in totals (never listed).
 */
export async function publicSummary(db: Db) {
  const t = await totals(db, { statuses: ['confirmed', 'verified'] });
  const givers = await db
    .selectFrom('contributions')
    .select((eb) => [eb.fn.count<number>('contributor_user_id').distinct().as('people'), eb.fn.count<number>('contributor_organisation_id').distinct().as('organisations')])
    .where('status', 'in', ['confirmed', 'verified'])
    .executeTakeFirstOrThrow();
  return {
    confirmedValueFils: t.confirmedValueFils,
    moneyFils: t.byKind.money?.confirmedValueFils ?? 0,
    volunteerHours: t.byKind.time?.confirmed ?? 0,
    expertiseHours: t.byKind.expertise?.confirmed ?? 0,
    knowledgeUnits: t.byKind.knowledge?.confirmed ?? 0,
    inKindItems: t.byKind.in_kind?.confirmed ?? 0,
    contributors: Number(givers.people),
    contributingOrganisations: Number(givers.organisations),
  };
}
