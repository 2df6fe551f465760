import { z } from 'zod';
import { FRAMEWORK_LEVELS } from '../../../../../packages/shared/src/index.ts';
import type { FrameworkRow, PriorityRow } from '../../platform/db/schema.ts';

export const frameworkView = z.object({
  id: z.string(),
  code: z.string(),
  level: z.enum(FRAMEWORK_LEVELS),
  nameAr: z.string(),
  nameEn: z.string(),
  source: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  licence: z.string().nullable(),
  organisationId: z.string().nullable(),
  priorityCount: z.number().optional(),
});
export type FrameworkView = z.infer<typeof frameworkView>;

export const priorityView = z.object({
  id: z.string(),
  frameworkId: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  titleAr: z.string(),
  titleEn: z.string(),
  shortAr: z.string().nullable(),
  shortEn: z.string().nullable(),
  position: z.number(),
});
export type PriorityView = z.infer<typeof priorityView>;

export type PriorityNode = PriorityView & { children: PriorityNode[] };
export const priorityNode: z.ZodType<PriorityNode> = priorityView.extend({ children: z.lazy(() => z.array(priorityNode)) });

export function presentFramework(f: FrameworkRow & { priority_count?: number }): FrameworkView {
  return {
    id: f.id,
    code: f.code,
    level: f.level as FrameworkView['level'],
    nameAr: f.name_ar,
    nameEn: f.name_en,
    source: f.source,
    sourceUrl: f.source_url,
    licence: f.licence,
    organisationId: f.organisation_id,
    ...(f.priority_count !== undefined ? { priorityCount: Number(f.priority_count) } : {}),
  };
}

export function presentPriority(p: PriorityRow): PriorityView {
  return { id: p.id, frameworkId: p.framework_id, parentId: p.parent_id, code: p.code, titleAr: p.title_ar, titleEn: p.title_en, shortAr: p.short_ar, shortEn: p.short_en, position: p.position };
}

/** Flat rows → nested tree, ordered by position then code. */
export function buildTree(rows: PriorityRow[]): PriorityNode[] {
  const nodes = new Map(rows.map((r) => [r.id, { ...presentPriority(r), children: [] as PriorityNode[] }]));
  const roots: PriorityNode[] = [];
  for (const n of nodes.values()) (n.parentId && nodes.has(n.parentId) ? nodes.get(n.parentId)!.children : roots).push(n);
  const sort = (list: PriorityNode[]) => {
    list.sort((a, b) => a.position - b.position || a.code.localeCompare(b.code, 'en', { numeric: true }));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
