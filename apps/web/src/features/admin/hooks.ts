import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationStatus, PlatformRole } from '../../../../../packages/shared/src/enums.ts';
import * as admin from './api.ts';

/** Organisations with a status, for the approvals queue. */
export const useReviewQueue = (status: OrganisationStatus, page: number) =>
  useQuery({
    queryKey: ['admin', 'organisations', status, page],
    queryFn: () => admin.listOrganisationsForReview(status, page),
    placeholderData: keepPreviousData,
  });

/** Verifies or rejects; refreshes every organisation list. */
export function useDecideOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orgId, decision, reason }: { orgId: string; decision: 'verify' | 'reject'; reason?: string }) =>
      admin.decideOrganisation(orgId, { decision, ...(reason ? { reason } : {}) }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] }),
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
      ]);
    },
  });
}

/** People, for the users page. */
export const useUsers = (q: string, page: number) =>
  useQuery({ queryKey: ['admin', 'users', q, page], queryFn: () => admin.listUsers(q, page), placeholderData: keepPreviousData });

/** Grants or removes a platform role. */
export function useSetPlatformRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: PlatformRole | null }) => admin.setPlatformRole(userId, role),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

/** The audit log. */
export const useAuditEvents = (query: admin.AuditQuery) =>
  useQuery({ queryKey: ['admin', 'audit', query], queryFn: () => admin.listAuditEvents(query), placeholderData: keepPreviousData });

/** The outbox. */
export const useOutbox = (page: number) =>
  useQuery({ queryKey: ['admin', 'outbox', page], queryFn: () => admin.listOutbox(page), placeholderData: keepPreviousData });
