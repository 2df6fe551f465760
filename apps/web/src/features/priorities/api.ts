import { api } from '../../lib/api.ts';
import type { FrameworkLevel } from '../../../../../packages/shared/src/enums.ts';

/** A priority framework (SDGs, a national or local agenda, the platform's areas). */
export interface Framework {
  id: string;
  code: string;
  level: FrameworkLevel;
  nameAr: string;
  nameEn: string;
  source: string | null;
  sourceUrl: string | null;
  licence: string | null;
  organisationId: string | null;
  priorityCount?: number;
}

/** One node of a framework: a goal, target, pillar, aim or area. */
export interface Priority {
  id: string;
  frameworkId: string;
  parentId: string | null;
  code: string;
  titleAr: string;
  titleEn: string;
  shortAr: string | null;
  shortEn: string | null;
  position: number;
}

/** A priority with its sub-priorities. */
export interface PriorityNode extends Priority {
  children: PriorityNode[];
}

/** A framework with its whole tree. */
export interface FrameworkTree extends Framework {
  priorities: PriorityNode[];
}

/** A search hit of the priority picker: the priority and its framework. */
export interface PriorityHit extends Priority {
  frameworkCode: string;
  frameworkLevel: FrameworkLevel;
  frameworkNameAr?: string;
  frameworkNameEn?: string;
}

/** One step of a roll-up chain: how `priority` is reached from the priority asked about. */
export interface ChainStep {
  priority: Priority;
  framework: Framework;
  via: 'self' | 'parent' | 'link';
  fromId: string | null;
}

/** `GET /priorities/:id`: the priority, its framework and everything it rolls up to. */
export interface PriorityWithChain {
  priority: Priority;
  framework: Framework;
  chain: ChainStep[];
}

/** A crosswalk link: `from` contributes to `to`; `createdBy` is null for reference data. */
export interface PriorityLink {
  fromPriorityId: string;
  toPriorityId: string;
  fromFramework: string;
  fromCode: string;
  toFramework: string;
  toCode: string;
  fromTitleAr: string;
  fromTitleEn: string;
  toTitleAr: string;
  toTitleEn: string;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
}

/** Fields of a new framework. */
export interface FrameworkInput {
  code: string;
  level: FrameworkLevel;
  nameAr: string;
  nameEn: string;
  source?: string | null;
  sourceUrl?: string | null;
  licence?: string | null;
}

/** Fields of a priority (code and framework are fixed once created). */
export interface PriorityInput {
  frameworkId: string;
  parentId?: string | null;
  code: string;
  titleAr: string;
  titleEn: string;
  shortAr?: string | null;
  shortEn?: string | null;
  position?: number;
}

/** Body of `POST /frameworks/import`. */
export type ImportBody =
  | { format: 'json'; framework: unknown }
  | { format: 'csv'; code: string; level: FrameworkLevel; nameAr: string; nameEn: string; source?: string | null; csv: string };

const enc = encodeURIComponent;

/** Every framework with its number of priorities (public). */
export const listFrameworks = () => api.get<{ items: Framework[] }>('/frameworks');
/** A framework with its priority tree (public). */
export const getFramework = (id: string) => api.get<FrameworkTree>(`/frameworks/${enc(id)}`);
/** Creates a framework (admin). */
export const createFramework = (body: FrameworkInput) => api.post<Framework>('/frameworks', body);
/** Imports a framework from a JSON document or CSV text (admin); adds new and corrects existing priorities. */
export const importFramework = (body: ImportBody) => api.post<{ frameworkId: string; added: number; updated: number; linksAdded: number }>('/frameworks/import', body);
/** Download address of a framework as JSON or CSV. */
export const exportUrl = (id: string, format: 'json' | 'csv') => `/api/v1/frameworks/${enc(id)}/export?format=${format}`;

/** Searches priorities of every framework (or one) by code or title, Arabic or English. */
export const searchPriorities = (q: string, frameworkId?: string) =>
  api.get<{ items: PriorityHit[] }>('/priorities', { q, frameworkId, limit: 20 });
/** A priority and the chain it rolls up to (local → national → global). */
export const getPriority = (id: string) => api.get<PriorityWithChain>(`/priorities/${enc(id)}`);
/** Adds a priority to a framework (admin). */
export const createPriority = (body: PriorityInput) => api.post<Priority>('/priorities', body);
/** Edits a priority (admin). */
export const updatePriority = (id: string, body: Partial<Omit<PriorityInput, 'frameworkId' | 'code'>>) => api.patch<Priority>(`/priorities/${enc(id)}`, body);
/** Deletes a priority without sub-priorities that nothing is tagged with (admin). */
export const deletePriority = (id: string) => api.delete(`/priorities/${enc(id)}`);

/** Crosswalk links touching a framework, with who set each. */
export const listLinks = (frameworkId: string) => api.get<{ items: PriorityLink[] }>(`/frameworks/${enc(frameworkId)}/links`);
/** Links a priority to one it contributes to (admin). */
export const addLink = (fromPriorityId: string, toPriorityId: string) => api.post('/priority-links', { fromPriorityId, toPriorityId });
/** Removes a crosswalk link (admin). */
export const removeLink = (fromPriorityId: string, toPriorityId: string) =>
  api.delete(`/priority-links?fromPriorityId=${enc(fromPriorityId)}&toPriorityId=${enc(toPriorityId)}`);
