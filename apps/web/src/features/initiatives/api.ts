import { api, ApiError, type Page } from '../../lib/api.ts';
import type { BeneficiaryGroup, Emirate, ExpertiseLevel, GivingDesignation, InitiativeStatus, NeedKind } from '../../../../../packages/shared/src/enums.ts';
import type { Priority } from '../priorities/api.ts';

/** How much of a need has been given, in the need's unit (pledged is promised, not yet received). */
export interface NeedProgress {
  pledged: number;
  confirmed: number;
  confirmedValueFils: number;
  percent: number;
}

/** Kind-specific details of a need (which fields are set depends on the kind). */
export interface NeedDetails {
  currency?: string;
  designations?: GivingDesignation[];
  capMode?: 'reject' | 'cap' | 'open';
  roleAr?: string | null;
  roleEn?: string | null;
  skill?: string;
  level?: ExpertiseLevel;
  format?: 'mentoring' | 'training' | 'workshop';
  item?: string;
  itemUnit?: string | null;
  estimatedValueFils?: number;
}

/** What an initiative asks for, of one kind, with a target in the kind's unit (fils, hours, sessions, items). */
export interface Need {
  id: string;
  kind: NeedKind;
  titleAr: string | null;
  titleEn: string | null;
  target: number;
  unit: string;
  details: NeedDetails;
  deadline: string | null;
  priorityOrder: number;
  publicNote: string | null;
  /** Only for the organisation's members and platform staff. */
  privateNote?: string | null;
  status: 'open' | 'closed';
  progress: NeedProgress;
}

/** An initiative in a list. */
export interface InitiativeSummary {
  id: string;
  organisation: { id: string; nameAr: string | null; nameEn: string | null };
  status: InitiativeStatus;
  titleAr: string | null;
  titleEn: string | null;
  summaryAr: string | null;
  summaryEn: string | null;
  coverUrl: string | null;
  emirate: Emirate;
  areaAr: string | null;
  areaEn: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Kinds of the open needs. */
  needKinds: NeedKind[];
  priorityIds: string[];
  createdAt: string;
}

/** One initiative with its needs and priorities. */
export interface Initiative extends InitiativeSummary {
  descriptionAr: string | null;
  descriptionEn: string | null;
  beneficiaryGroups: BeneficiaryGroup[];
  priorities: (Priority & { frameworkCode: string; frameworkLevel: string })[];
  needs: Need[];
  publishedAt: string | null;
  /** Insiders only: the reviewer's comment, and the status a re-review returns to. */
  reviewComment?: string | null;
  resumeStatus?: InitiativeStatus | null;
  submittedAt?: string | null;
  updatedAt: string;
}

/** Sort orders of the catalogue. */
export const SORTS = ['newest', 'ending_soon', 'most_needed', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

/** Filters of the public catalogue. */
export interface InitiativeQuery {
  page: number;
  pageSize?: number;
  q?: string;
  priorityId?: string;
  emirate?: string;
  needKind?: string;
  status?: string;
  organisationId?: string;
  sort?: Sort | '';
}

/** Fields of an initiative a manager writes. */
export interface InitiativeInput {
  titleAr?: string | null;
  titleEn?: string | null;
  summaryAr?: string | null;
  summaryEn?: string | null;
  descriptionAr?: string | null;
  descriptionEn?: string | null;
  emirate: Emirate;
  areaAr?: string | null;
  areaEn?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  beneficiaryGroups?: BeneficiaryGroup[];
  priorityIds: string[];
}

/** Fields common to every need. */
interface NeedCommon {
  titleAr?: string | null;
  titleEn?: string | null;
  deadline?: string | null;
  publicNote?: string | null;
  privateNote?: string | null;
}

/** Body of `POST /initiatives/:id/needs`, one shape per kind. */
export type NeedInput = NeedCommon &
  (
    | { kind: 'money'; targetFils: number; designations?: GivingDesignation[]; capMode?: 'reject' | 'cap' | 'open' }
    | { kind: 'time'; targetHours: number; roleAr?: string | null; roleEn?: string | null }
    | { kind: 'expertise'; targetHours: number; skill: string; level: ExpertiseLevel }
    | { kind: 'knowledge'; format: 'mentoring' | 'training' | 'workshop'; unit: 'sessions' | 'hours'; target: number }
    | { kind: 'in_kind'; item: string; quantity: number; itemUnit?: string; estimatedValueFils: number }
  );

/** Workflow actions (see the API's workflow.ts for who takes which). */
export type TransitionAction = 'submit' | 'approve' | 'return' | 'activate' | 'complete' | 'close';

const enc = encodeURIComponent;
const one = (id: string) => `/initiatives/${enc(id)}`;

/** The public catalogue. */
export const listInitiatives = (query: InitiativeQuery) => api.get<Page<InitiativeSummary>>('/initiatives', { pageSize: 12, ...query });
/** One initiative (public ones for everyone; others for insiders). */
export const getInitiative = (id: string) => api.get<Initiative>(one(id));
/** An organisation's initiatives in every status. */
export const listOrganisationInitiatives = (orgId: string, page: number) =>
  api.get<Page<InitiativeSummary>>(`/organisations/${enc(orgId)}/initiatives`, { page, pageSize: 20 });
/** Drafts an initiative for a verified organisation. */
export const createInitiative = (orgId: string, body: InitiativeInput) => api.post<Initiative>(`/organisations/${enc(orgId)}/initiatives`, body);
/** Edits an initiative; a material edit of a live one sends it back to review. */
export const updateInitiative = (id: string, body: Partial<InitiativeInput>) => api.patch<Initiative>(one(id), body);
/** Moves an initiative along its workflow. */
export const transitionInitiative = (id: string, action: TransitionAction, comment?: string) =>
  api.post<Initiative>(`${one(id)}/transitions`, { action, ...(comment ? { comment } : {}) });
/** The review queue (platform staff). */
export const listForReview = (status: InitiativeStatus, page: number) =>
  api.get<Page<InitiativeSummary>>('/admin/initiatives', { status, page, pageSize: 20 });

/** Adds a need. */
export const addNeed = (id: string, body: NeedInput) => api.post<Need>(`${one(id)}/needs`, body);
/** Edits or closes a need (its quantity is fixed once created). */
export const updateNeed = (id: string, needId: string, body: Partial<NeedCommon> & { status?: 'open' | 'closed' }) =>
  api.patch<Need>(`${one(id)}/needs/${enc(needId)}`, body);
/** Deletes a need of a draft or returned initiative. */
export const deleteNeed = (id: string, needId: string) => api.delete(`${one(id)}/needs/${enc(needId)}`);

/**
 * Uploads a cover image as the raw body with its own content type. The JSON client cannot send
 * bytes, so this uses fetch directly, with the session's CSRF token from `/session`.
 */
export async function uploadCover(id: string, file: File): Promise<{ coverUrl: string }> {
  const session = await api.get<{ csrfToken: string | null }>('/session');
  let response: Response;
  try {
    response = await fetch(`/api/v1${one(id)}/cover`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': file.type, accept: 'application/json', ...(session.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}) },
      body: file,
    });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'Network error');
  }
  const body = (await response.json().catch(() => null)) as { coverUrl?: string; error?: { code: string; message: string; details?: unknown } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.error?.code ?? (response.status >= 500 ? 'internal' : 'unknown'), body?.error?.message ?? response.statusText, body?.error?.details ?? null);
  }
  return { coverUrl: body!.coverUrl! };
}
