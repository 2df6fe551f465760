import { useSearchParams } from 'react-router';

/**
 * A list's search (`q`), filters and page kept in the URL, so a filtered list can be shared and
 * the back button works.
 * @param keys the filters' names in the URL
 * @param options `replaceOnFilter`: a new search or filter replaces the history entry (a new page still adds one)
 */
export function useUrlFilters<K extends string>(keys: readonly K[], { replaceOnFilter = false } = {}) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  /** How many filters are in use (the search aside). */
  const active = keys.filter((k) => filters[k]).length;

  /** Sets the given parameters (an empty value removes one); anything but a new page starts again at page 1. */
  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    const paging = 'page' in next;
    if (!paging) merged.delete('page');
    setParams(merged, { replace: replaceOnFilter && !paging });
  }

  /** Drops the search, every filter and the page. */
  const clear = () => setParams(new URLSearchParams());

  return { params, q, filters, page, active, filtered: Boolean(q || active), update, clear };
}
