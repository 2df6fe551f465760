import type { ContributionRow } from '../../platform/db/schema.ts';

type Listed = ContributionRow & {
  title_ar?: string | null; title_en?: string | null; receiver_name_ar?: string | null; receiver_name_en?: string | null;
  user_name?: string | null; giver_name_ar?: string | null; giver_name_en?: string | null; receipt_id?: string | null; receipt_number?: number | null;
  fund_name_ar?: string | null; fund_name_en?: string | null;
};

/**
 * Row → API JSON. `full` (the contributor, the receiving organisation, platform staff) shows
 * references and names; the public sees names only for `public` contributions.
 */
export function presentContribution(c: Listed, full: boolean) {
  const showName = full || c.visibility === 'public';
  return {
    id: c.id,
    kind: c.kind,
    quantity: Number(c.quantity),
    unit: c.unit,
    valueFils: Number(c.value_fils),
    currency: c.currency,
    designation: c.designation,
    visibility: c.visibility,
    status: c.status,
    needId: c.need_id,
    initiative: { id: c.initiative_id, titleAr: c.title_ar ?? null, titleEn: c.title_en ?? null },
    /** Set instead of `needId` and `initiative.id` when the gift went to a pooled fund. */
    fund: c.fund_id ? { id: c.fund_id, nameAr: c.fund_name_ar ?? null, nameEn: c.fund_name_en ?? null } : null,
    receivingOrganisation: { id: c.receiving_organisation_id, nameAr: c.receiver_name_ar ?? null, nameEn: c.receiver_name_en ?? null },
    contributor: showName
      ? { userId: full ? c.contributor_user_id : null, name: c.user_name ?? c.contributor_name ?? null, organisationId: c.contributor_organisation_id, organisationNameAr: c.giver_name_ar ?? null, organisationNameEn: c.giver_name_en ?? null }
      : { userId: null, name: null, organisationId: null, organisationNameAr: null, organisationNameEn: null },
    valuationBasis: c.valuation_basis,
    valuationRuleId: c.valuation_rule_id,
    method: full ? c.method : null,
    reference: full ? c.reference : null,
    receipt: c.receipt_id ? { id: c.receipt_id, number: Number(c.receipt_number) } : null,
    recurringPledgeId: full ? c.recurring_pledge_id : null,
    createdAt: c.created_at,
    confirmedAt: c.confirmed_at,
  };
}
export type ContributionView = ReturnType<typeof presentContribution>;
