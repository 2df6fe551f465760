import { z } from 'zod';
import { LIMITS } from '../../../../../packages/shared/src/index.ts';

/** `?page=&pageSize=` with sane bounds; extend it with a route's own filters. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type PageQuery = z.infer<typeof pageQuery>;

/** A page of results as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** The response schema of a page of `item`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number(), pageSize: z.number(), total: z.number() });
}

/** Offset for a page query. */
export function offsetOf(q: PageQuery): number {
  return (q.page - 1) * q.pageSize;
}
