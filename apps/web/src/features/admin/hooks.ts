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

const SKILLS_KEY = ['admin', 'skills'] as const;

/** Every volunteer skill, for the console. */
export const useAdminSkills = () => useQuery({ queryKey: SKILLS_KEY, queryFn: admin.listAdminSkills });

/** A change to the skills list: refresh the console list and the public lists the pickers use. */
function useSkillMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: SKILLS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['volunteering', 'skills'] }),
        queryClient.invalidateQueries({ queryKey: ['workspaceVolunteering', 'skills'] }),
      ]),
  });
}

/** Adds a skill. */
export const useCreateSkill = () => useSkillMutation(admin.createSkill);

/** Renames, deactivates or reactivates a skill. */
export const useUpdateSkill = () =>
  useSkillMutation(({ code, ...body }: { code: string } & Parameters<typeof admin.updateSkill>[1]) => admin.updateSkill(code, body));
