import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import type { FundRow } from '../../platform/db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './funds.repository.ts';
import { totals } from './queries.service.ts';

type Listed = NonNullable<Awaited<ReturnType<typeof repo.findFund>>>;

export function presentFund(f: Listed) {
  return {
    id: f.id, code: f.code, nameAr: f.name_ar, nameEn: f.name_en, descriptionAr: f.description_ar, descriptionEn: f.description_en,
    designations: JSON.parse(f.designations) as string[], status: f.status,
    managingOrganisation: { id: f.managing_organisation_id, nameAr: f.org_name_ar, nameEn: f.org_name_en }, createdAt: f.created_at,
  };
}

/** Pooled funds people can give to ("where most needed", or a theme). */
export async function listFunds(db: Db, includeClosed: boolean) {
  return { items: (await repo.listFunds(db, includeClosed ? undefined : 'open')).map(presentFund) };
}

/** One fund with its totals from the ledger. */
export async function getFund(db: Db, id: string) {
  const f = await repo.findFund(db, id);
  if (!f) throw new NotFoundError();
  return { ...presentFund(f), totals: await totals(db, { fundId: id }) };
}

/** Platform admins open a fund, managed (receipts, confirmations) by a verified organisation. */
export async function createFund(db: Db, ctx: RequestContext, input: { code: string; nameAr: string; nameEn: string; descriptionAr?: string | null; descriptionEn?: string | null; designations: string[]; managingOrganisationId: string }) {
  if (ctx.actor?.platformRole !== 'admin') throw new ForbiddenError();
  return withTransaction(db, async (trx) => {
    const org = await repo.findVerifiedOrganisation(trx, input.managingOrganisationId);
    if (!org || org.status !== 'verified') throw new ValidationError('The managing organisation must be verified.', { fields: [{ path: 'managingOrganisationId', code: 'validation.unknown_reference', message: 'Unknown or unverified organisation.' }] });
    const now = nowIso();
    const row: FundRow = {
      id: randomUUID(), code: input.code, name_ar: input.nameAr, name_en: input.nameEn, description_ar: input.descriptionAr ?? null, description_en: input.descriptionEn ?? null,
      designations: JSON.stringify([...new Set(input.designations)]), status: 'open', managing_organisation_id: input.managingOrganisationId, created_by: ctx.actor!.userId, created_at: now, updated_at: now,
    };
    try {
      await repo.insertFund(trx, row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('fund.code_taken', 'A fund with this code already exists.');
      throw err;
    }
    await recordAudit(trx, ctx, { action: 'fund.create', entityType: 'fund', entityId: row.id, after: input, organisationId: null });
    return presentFund((await repo.findFund(trx, row.id))!);
  });
}

/** Edits a fund's texts and designations, or closes it to new gifts. */
export async function updateFund(db: Db, ctx: RequestContext, id: string, input: { nameAr?: string; nameEn?: string; descriptionAr?: string | null; descriptionEn?: string | null; designations?: string[]; status?: 'open' | 'closed' }) {
  if (ctx.actor?.platformRole !== 'admin') throw new ForbiddenError();
  return withTransaction(db, async (trx) => {
    const before = await repo.findFund(trx, id);
    if (!before) throw new NotFoundError();
    const patch: Partial<FundRow> = {
      ...(input.nameAr !== undefined && { name_ar: input.nameAr }), ...(input.nameEn !== undefined && { name_en: input.nameEn }),
      ...(input.descriptionAr !== undefined && { description_ar: input.descriptionAr }), ...(input.descriptionEn !== undefined && { description_en: input.descriptionEn }),
      ...(input.designations !== undefined && { designations: JSON.stringify([...new Set(input.designations)]) }),
      ...(input.status !== undefined && { status: input.status }),
      updated_at: nowIso(),
    };
    await repo.updateFund(trx, id, patch);
    await recordAudit(trx, ctx, { action: 'fund.update', entityType: 'fund', entityId: id, before: presentFund(before), after: input, organisationId: null });
    return presentFund((await repo.findFund(trx, id))!);
  });
}
