import type { DbOrTrx } from '../../platform/db/database.ts';
import type { PriorityRow } from '../../platform/db/schema.ts';
import * as repo from './priorities.repository.ts';

// Frameworks are small (hundreds of nodes); walking them level by level with IN-queries keeps
// the code portable (no recursive CTE dialect differences) and each walk to a handful of queries.
const MAX_DEPTH = 25;

/** One step of a roll-up chain: how `priority` was reached from `fromId`. */
export interface ChainStep {
  priority: PriorityRow;
  via: 'self' | 'parent' | 'link';
  fromId: string | null;
}

/**
 * Everything a priority rolls up to: its ancestors in its own tree and, through the crosswalk,
 * the priorities it contributes to (and their ancestors), breadth-first, each once.
 */
export async function rollUp(db: DbOrTrx, start: PriorityRow): Promise<ChainStep[]> {
  const seen = new Map<string, ChainStep>([[start.id, { priority: start, via: 'self', fromId: null }]]);
  let frontier: PriorityRow[] = [start];
  for (let depth = 0; frontier.length && depth < MAX_DEPTH; depth++) {
    const next: PriorityRow[] = [];
    const parentIds = frontier.map((p) => p.parent_id).filter((id): id is string => !!id && !seen.has(id));
    for (const parent of await repo.findPriorities(db, [...new Set(parentIds)])) {
      const child = frontier.find((p) => p.parent_id === parent.id)!;
      seen.set(parent.id, { priority: parent, via: 'parent', fromId: child.id });
      next.push(parent);
    }
    const links = (await repo.linksFrom(db, frontier.map((p) => p.id))).filter((l) => !seen.has(l.to_priority_id));
    const targets = await repo.findPriorities(db, [...new Set(links.map((l) => l.to_priority_id))]);
    for (const t of targets) {
      if (seen.has(t.id)) continue;
      seen.set(t.id, { priority: t, via: 'link', fromId: links.find((l) => l.to_priority_id === t.id)!.from_priority_id });
      next.push(t);
    }
    frontier = next;
  }
  return [...seen.values()];
}

/**
 * Every priority that rolls up to any of `ids` (including them): their descendants and, through
 * the crosswalk, the priorities that contribute to them, with their descendants. Filtering
 * records by "SDG 4" uses this to find records tagged with a Dubai aim linked to SDG 4.
 */
export async function expandDown(db: DbOrTrx, ids: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>(ids);
  let frontier = [...ids];
  for (let depth = 0; frontier.length && depth < MAX_DEPTH; depth++) {
    const children = (await repo.listChildren(db, frontier)).map((p) => p.id);
    const sources = (await repo.linksTo(db, frontier)).map((l) => l.from_priority_id);
    frontier = [...new Set([...children, ...sources])].filter((id) => !seen.has(id));
    frontier.forEach((id) => seen.add(id));
  }
  return seen;
}
