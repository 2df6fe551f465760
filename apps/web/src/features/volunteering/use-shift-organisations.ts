import { useQueries } from '@tanstack/react-query';
import { getOrganisation } from '../organisations/api.ts';
import { getOpportunity, type MyShift, type Named } from './api.ts';

const STALE = 5 * 60_000;

/**
 * The organisations behind some of my shifts, with their names. `/me/shifts` names the
 * opportunity; when it does not also name the organisation, the opportunity (public) tells its
 * id and the organisation's public record its name. Each is asked once and cached.
 */
export function useShiftOrganisations(items: readonly MyShift[]): { id: string; named: Named | null }[] {
  const missing = [...new Set(items.filter((s) => !s.opportunity.organisation).map((s) => s.opportunity.id))];
  const details = useQueries({
    queries: missing.map((id) => ({ queryKey: ['volunteering', 'opportunity', id], queryFn: () => getOpportunity(id), staleTime: STALE })),
  });
  const byId = new Map<string, Named | null>();
  for (const s of items) if (s.opportunity.organisation) byId.set(s.opportunity.organisation.id, s.opportunity.organisation);
  for (const d of details) {
    if (!d.data) continue;
    if (d.data.organisation) byId.set(d.data.organisationId, d.data.organisation);
    else if (!byId.has(d.data.organisationId)) byId.set(d.data.organisationId, null);
  }
  const unnamed = [...byId].filter(([, named]) => !named).map(([id]) => id);
  const orgs = useQueries({
    queries: unnamed.map((id) => ({ queryKey: ['organisations', id], queryFn: () => getOrganisation(id), staleTime: STALE })),
  });
  for (const o of orgs) if (o.data) byId.set(o.data.id, o.data);
  return [...byId].map(([id, named]) => ({ id, named }));
}
