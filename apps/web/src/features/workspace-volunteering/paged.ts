// Some lists come back whole (engagements, mentorships); they are shown a page at a time so the
// page stays short as they grow, with the same Pager as server-paged lists.

/** Items of page `page` (1-based, clamped to the pages there are) and the numbers the Pager needs. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; page: number; pageSize: number; total: number } {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pageSize, total: items.length };
}
