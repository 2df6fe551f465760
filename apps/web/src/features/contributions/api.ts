import { api, type Page, type Query } from '../../lib/api.ts';
import type { ContributionStatus, GivingDesignation, NeedKind, PAYMENT_METHODS, VISIBILITIES } from '../../../../../packages/shared/src/enums.ts';

/** Who may see a contribution publicly. */
export type Visibility = (typeof VISIBILITIES)[number];
/** Offline payment methods the receiving organisation confirms by hand. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** Actions that move a contribution on (the API's FLOW). */
export type TransitionAction = 'confirm' | 'verify' | 'cancel' | 'refund' | 'reverse' | 'correct_value';

/** A contribution as the API presents it to its contributor, the organisations involved and staff. */
export interface Contribution {
  id: string;
  kind: NeedKind;
  /** In the need's unit: fils for money, items, hours or sessions. */
  quantity: number;
  unit: string;
  valueFils: number;
  currency: string;
  designation: GivingDesignation | null;
  visibility: Visibility;
  status: ContributionStatus;
  /** Null when the gift went to a pooled fund. */
  needId: string | null;
  /** `id` is null when the gift went to a pooled fund. */
  initiative: { id: string | null; titleAr: string | null; titleEn: string | null };
  /** The pooled fund given to, or null for a need of an initiative. */
  fund: FundRef | null;
  receivingOrganisation: { id: string; nameAr: string | null; nameEn: string | null };
  contributor: { userId: string | null; name: string | null; organisationId: string | null; organisationNameAr: string | null; organisationNameEn: string | null };
  valuationBasis: string;
  valuationRuleId: string | null;
  method: PaymentMethod | null;
  reference: string | null;
  receipt: { id: string; number: number } | null;
  recurringPledgeId: string | null;
  createdAt: string;
  confirmedAt: string | null;
}

/** Totals of one kind: quantities and AED values, promised vs received. */
export interface KindTotals {
  pledged: number;
  confirmed: number;
  pledgedValueFils: number;
  confirmedValueFils: number;
  count: number;
}

/** Totals of a list, by kind and (for money) by designation, kept apart. */
export interface ContributionTotals {
  byKind: Partial<Record<NeedKind, KindTotals>>;
  byDesignation: Partial<Record<GivingDesignation, { confirmedFils: number; pledgedFils: number }>>;
  confirmedValueFils: number;
}

/** A page of contributions with the totals of the whole filtered list. */
export interface ContributionPage extends Page<Contribution> {
  totals: ContributionTotals;
}

/** Filters of a contribution list (dates as YYYY-MM-DD). */
export interface ContributionQuery {
  page: number;
  pageSize?: number;
  kind?: NeedKind | '';
  status?: ContributionStatus | '';
  designation?: GivingDesignation | '';
  from?: string;
  to?: string;
}

/** A need of an initiative, as the public initiative page returns it. */
export interface GiveNeed {
  id: string;
  kind: NeedKind;
  titleAr: string | null;
  titleEn: string | null;
  target: number;
  unit: string;
  details: { designations?: GivingDesignation[]; capMode?: 'reject' | 'cap' | 'open'; item?: string; itemUnit?: string | null; estimatedValueFils?: number; [key: string]: unknown };
  deadline: string | null;
  status: 'open' | 'closed';
  progress: { pledged: number; confirmed: number; confirmedValueFils: number; percent: number };
}

/** The parts of an initiative the giving pages use. */
export interface GiveInitiative {
  id: string;
  status: string;
  titleAr: string | null;
  titleEn: string | null;
  organisation: { id: string; nameAr: string | null; nameEn: string | null };
  needs: GiveNeed[];
}

/** A pooled fund as contributions and monthly pledges name it. */
export interface FundRef {
  id: string;
  nameAr: string | null;
  nameEn: string | null;
}

/** A pooled fund ("where most needed", or a theme), managed by a verified organisation. */
export interface Fund extends FundRef {
  code: string;
  descriptionAr: string | null;
  descriptionEn: string | null;
  designations: GivingDesignation[];
  status: 'open' | 'closed';
  managingOrganisation: { id: string; nameAr: string | null; nameEn: string | null };
}

/** A fund with its totals from the ledger. */
export interface FundDetail extends Fund {
  totals: ContributionTotals;
}

/** Body of `POST /funds`. */
export interface FundInput {
  code: string;
  nameAr: string;
  nameEn: string;
  descriptionAr?: string | null;
  descriptionEn?: string | null;
  designations: GivingDesignation[];
  managingOrganisationId: string;
}

/** Body of `PATCH /funds/:fundId`. */
export type FundPatch = Partial<Omit<FundInput, 'code' | 'managingOrganisationId'>> & { status?: Fund['status'] };

/** What a gift goes to: one need of an initiative, or a pooled fund. */
export type GiveTarget = { needId: string } | { fundId: string };

/** The platform's impact, from the ledger (confirmed and verified contributions). */
export interface ImpactSummary {
  confirmedValueFils: number;
  moneyFils: number;
  volunteerHours: number;
  expertiseHours: number;
  knowledgeUnits: number;
  inKindItems: number;
  contributors: number;
  contributingOrganisations: number;
}

/** Body of a pledge (`POST /contributions`): `needId` or `fundId`. */
export type PledgeInput = GiveTarget & {
  kind: 'money' | 'in_kind';
  quantity: number;
  currency?: 'AED';
  designation?: GivingDesignation;
  visibility: Visibility;
  method?: PaymentMethod;
  onBehalfOfOrganisation: boolean;
  note?: string;
};

/** Body of `POST /organisations/:orgId/contributions` (what the organisation received). */
export interface RecordInput {
  needId: string;
  kind: NeedKind;
  quantity: number;
  currency?: 'AED';
  contributorName?: string;
  designation?: GivingDesignation;
  visibility: Visibility;
  method?: PaymentMethod;
  reference?: string;
  evidenceNote?: string;
  estimatedValueFils?: number;
}

/** Body of `POST /contributions/:id/transitions`. */
export interface TransitionInput {
  action: TransitionAction;
  reference?: string;
  method?: PaymentMethod;
  valueFils?: number;
  reason?: string;
}

/** A monthly pledge. */
export interface RecurringPledge {
  id: string;
  needId: string | null;
  fundId: string | null;
  initiative: { id: string; titleAr: string | null; titleEn: string | null } | null;
  fund: FundRef | null;
  amountFils: number;
  currency: 'AED';
  designation: GivingDesignation;
  visibility: Visibility;
  status: 'active' | 'paused' | 'cancelled';
  nextRunOn: string;
  organisationId: string | null;
  createdAt: string;
}

/** Body of `POST /me/recurring-pledges`: `needId` or `fundId`. */
export type RecurringInput = GiveTarget & {
  amountFils: number;
  currency: 'AED';
  designation: GivingDesignation;
  visibility: Visibility;
  onBehalfOfOrganisation: boolean;
};

/** What anyone holding a receipt's code may see (never who gave). */
export interface PublicReceipt {
  genuine: true;
  number: number;
  issuedAt: string;
  organisation: { id: string; nameAr: string | null; nameEn: string | null };
  initiative: { titleAr: string | null; titleEn: string | null };
  kind: NeedKind;
  quantity: number;
  unit: string;
  valueFils: number;
  currency: string;
  designation: GivingDesignation | null;
  status: ContributionStatus;
}

const enc = encodeURIComponent;
const withKey = (key: string) => ({ headers: { 'Idempotency-Key': key } });

/** The list filters as query-string values (empty ones are dropped by the client). */
export function listQueryOf(q: ContributionQuery): Query {
  return { page: q.page, pageSize: q.pageSize ?? 20, kind: q.kind, status: q.status, designation: q.designation, from: q.from, to: q.to };
}

/** Address of a list as CSV (the same filters, every page). */
export function csvUrl(path: string, q: ContributionQuery, extra: Query = {}): string {
  const params = new URLSearchParams({ format: 'csv' });
  for (const [k, v] of Object.entries({ ...listQueryOf(q), ...extra })) {
    if (k !== 'page' && k !== 'pageSize' && v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  return `/api/v1${path}?${params.toString()}`;
}

/** Addresses of a receipt: the bilingual HTML page and its PDF. */
export const receiptUrls = (receiptId: string) => ({ html: `/api/v1/receipts/${enc(receiptId)}`, pdf: `/api/v1/receipts/${enc(receiptId)}/pdf` });

/** An initiative with its needs and progress (public). */
export const getInitiative = (id: string) => api.get<GiveInitiative>(`/initiatives/${enc(id)}`);
/** An organisation's initiatives in every status (its members and staff). */
export const listOrgInitiatives = (orgId: string) =>
  api.get<Page<Omit<GiveInitiative, 'needs'>>>(`/organisations/${enc(orgId)}/initiatives`, { pageSize: 100 });

/** Pledges money or goods; `key` makes a repeated submission answer the first one. */
export const pledge = (body: PledgeInput, key: string) => api.post<Contribution>('/contributions', body, withKey(key));
/** Records a contribution the organisation received (starts confirmed, with a receipt). */
export const recordContribution = (orgId: string, body: RecordInput, key: string) =>
  api.post<Contribution>(`/organisations/${enc(orgId)}/contributions`, body, withKey(key));
/** Confirms, verifies, cancels or refunds a contribution. */
export const transition = (id: string, body: TransitionInput, key: string) =>
  api.post<Contribution>(`/contributions/${enc(id)}/transitions`, body, withKey(key));
/** One contribution with its evidence note. */
export const getContribution = (id: string) => api.get<Contribution & { evidenceNote: string | null }>(`/contributions/${enc(id)}`);

/** My contributions with totals. */
export const listMine = (q: ContributionQuery) => api.get<ContributionPage>('/me/contributions', listQueryOf(q));
/** An organisation's contributions received or given, with totals. */
export const listOrganisation = (orgId: string, direction: 'received' | 'given', q: ContributionQuery) =>
  api.get<ContributionPage>(`/organisations/${enc(orgId)}/contributions`, { ...listQueryOf(q), direction });

/** My monthly pledges. */
export const listRecurring = () => api.get<{ items: RecurringPledge[] }>('/me/recurring-pledges');
/** Starts a monthly pledge; `key` makes a repeated submission answer the first one. */
export const createRecurring = (body: RecurringInput, key: string) => api.post<RecurringPledge>('/me/recurring-pledges', body, withKey(key));
/** Pauses, resumes or cancels a monthly pledge. */
export const setRecurringStatus = (id: string, status: RecurringPledge['status']) =>
  api.patch<RecurringPledge>(`/me/recurring-pledges/${enc(id)}`, { status });

/** Checks a receipt's public code. */
export const getPublicReceipt = (token: string) => api.get<PublicReceipt>(`/public/receipts/${enc(token)}`);

/** Pooled funds open for giving (admins: closed ones too). */
export const listFunds = (includeClosed = false) => api.get<{ items: Fund[] }>('/funds', includeClosed ? { includeClosed: 'true' } : {});
/** One fund with its totals (public). */
export const getFund = (id: string) => api.get<FundDetail>(`/funds/${enc(id)}`);
/** Opens a pooled fund (platform admins). */
export const createFund = (body: FundInput) => api.post<Fund>('/funds', body);
/** Edits or closes a fund (platform admins). */
export const updateFund = (id: string, body: FundPatch) => api.patch<Fund>(`/funds/${enc(id)}`, body);

/** The platform's impact counters (public). */
export const getImpactSummary = () => api.get<ImpactSummary>('/impact/summary');
