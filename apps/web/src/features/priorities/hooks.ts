import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import * as p from './api.ts';

const key = {
  frameworks: ['priorities', 'frameworks'] as const,
  framework: (id: string) => ['priorities', 'frameworks', id] as const,
  links: (id: string) => ['priorities', 'frameworks', id, 'links'] as const,
  search: (q: string, frameworkId?: string) => ['priorities', 'search', q, frameworkId ?? ''] as const,
  one: (id: string) => ['priorities', 'one', id] as const,
};

/** Frameworks change rarely: keep them for five minutes. */
const STALE = 5 * 60_000;

/** Every framework. */
export const useFrameworks = () => useQuery({ queryKey: key.frameworks, queryFn: p.listFrameworks, staleTime: STALE });

/** A framework and its tree (disabled while `id` is empty). */
export const useFramework = (id: string) =>
  useQuery({ queryKey: key.framework(id), queryFn: () => p.getFramework(id), enabled: Boolean(id), staleTime: STALE });

/** The platform's own areas (the `ataa_areas` framework), for the catalogue's area chips. */
export function usePlatformAreas() {
  const frameworks = useFrameworks();
  const areas = frameworks.data?.items.find((f) => f.code === 'ataa_areas');
  return useFramework(areas?.id ?? '');
}

/** Priorities matching a text (the picker); nothing is asked for an empty text. */
export const usePrioritySearch = (q: string, frameworkId?: string) =>
  useQuery({
    queryKey: key.search(q, frameworkId),
    queryFn: () => p.searchPriorities(q, frameworkId),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });

/** One priority with its roll-up chain. */
export const usePriority = (id: string) =>
  useQuery({ queryKey: key.one(id), queryFn: () => p.getPriority(id), enabled: Boolean(id), staleTime: STALE });

/** Several priorities with their chains at once (an initiative's tags). */
export const usePriorities = (ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => ({ queryKey: key.one(id), queryFn: () => p.getPriority(id), staleTime: STALE })) });

/** Crosswalk links of a framework. */
export const useLinks = (frameworkId: string) => useQuery({ queryKey: key.links(frameworkId), queryFn: () => p.listLinks(frameworkId) });

/** Any change to frameworks, priorities or links refreshes everything priority-related. */
function useFrameworkMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['priorities'] }) });
}

/** Creates a framework. */
export const useCreateFramework = () => useFrameworkMutation(p.createFramework);
/** Imports a framework file. */
export const useImportFramework = () => useFrameworkMutation(p.importFramework);
/** Adds a priority. */
export const useCreatePriority = () => useFrameworkMutation(p.createPriority);
/** Edits a priority. */
export const useUpdatePriority = () =>
  useFrameworkMutation(({ id, ...body }: { id: string } & Parameters<typeof p.updatePriority>[1]) => p.updatePriority(id, body));
/** Deletes a priority. */
export const useDeletePriority = () => useFrameworkMutation(p.deletePriority);
/** Adds a crosswalk link. */
export const useAddLink = () => useFrameworkMutation(({ from, to }: { from: string; to: string }) => p.addLink(from, to));
/** Removes a crosswalk link. */
export const useRemoveLink = () => useFrameworkMutation(({ from, to }: { from: string; to: string }) => p.removeLink(from, to));
