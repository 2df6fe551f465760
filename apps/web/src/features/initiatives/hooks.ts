import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InitiativeStatus } from '../../../../../packages/shared/src/enums.ts';
import * as api from './api.ts';

// Every key starts with 'initiatives', so recording a contribution (which invalidates
// ['initiatives']) refreshes progress everywhere.
const key = {
  list: (q: api.InitiativeQuery) => ['initiatives', 'list', q] as const,
  one: (id: string) => ['initiatives', 'one', id] as const,
  org: (orgId: string, page: number) => ['initiatives', 'org', orgId, page] as const,
  review: (status: InitiativeStatus, page: number) => ['initiatives', 'review', status, page] as const,
};

/** The public catalogue, one page at a time. */
export const useInitiatives = (query: api.InitiativeQuery, enabled = true) =>
  useQuery({ queryKey: key.list(query), queryFn: () => api.listInitiatives(query), placeholderData: keepPreviousData, enabled });

/** The newest active initiatives (three, for the home page) and how many are active in all. */
export const useActiveInitiatives = () => useInitiatives({ page: 1, pageSize: 3, status: 'active', sort: 'newest' });

/** One initiative. */
export const useInitiative = (id: string) => useQuery({ queryKey: key.one(id), queryFn: () => api.getInitiative(id), enabled: Boolean(id) });

/** An organisation's initiatives in every status. */
export const useOrganisationInitiatives = (orgId: string, page: number) =>
  useQuery({ queryKey: key.org(orgId, page), queryFn: () => api.listOrganisationInitiatives(orgId, page), placeholderData: keepPreviousData });

/** The review queue. */
export const useReviewQueue = (status: InitiativeStatus, page: number) =>
  useQuery({ queryKey: key.review(status, page), queryFn: () => api.listForReview(status, page), placeholderData: keepPreviousData });

/** A mutation that returns the initiative: it is stored, and every list refreshes. */
function useInitiativeMutation<I>(fn: (input: I) => Promise<api.Initiative>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (initiative) => {
      queryClient.setQueryData(key.one(initiative.id), initiative);
      await queryClient.invalidateQueries({ queryKey: ['initiatives'], predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
}

/** Drafts an initiative. */
export const useCreateInitiative = (orgId: string) => useInitiativeMutation((body: api.InitiativeInput) => api.createInitiative(orgId, body));
/** Edits an initiative. */
export const useUpdateInitiative = (id: string) => useInitiativeMutation((body: Partial<api.InitiativeInput>) => api.updateInitiative(id, body));
/** Takes a workflow step. */
export const useTransition = (id: string) =>
  useInitiativeMutation(({ action, comment }: { action: api.TransitionAction; comment?: string }) => api.transitionInitiative(id, action, comment));

/** A change to an initiative's needs or cover: refetch the initiative and the lists. */
function useChildMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['initiatives'] }) });
}

/** Adds a need. */
export const useAddNeed = (id: string) => useChildMutation((body: api.NeedInput) => api.addNeed(id, body));
/** Edits or closes a need. */
export const useUpdateNeed = (id: string) =>
  useChildMutation(({ needId, ...body }: { needId: string } & Parameters<typeof api.updateNeed>[2]) => api.updateNeed(id, needId, body));
/** Deletes a need. */
export const useDeleteNeed = (id: string) => useChildMutation((needId: string) => api.deleteNeed(id, needId));
/** Uploads the cover image. */
export const useUploadCover = (id: string) => useChildMutation((file: File) => api.uploadCover(id, file));
