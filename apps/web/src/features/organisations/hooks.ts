import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MemberRole } from '../../../../../packages/shared/src/enums.ts';
import { SESSION_KEY } from '../identity/hooks.ts';
import * as orgs from './api.ts';

const key = {
  list: (q: orgs.OrganisationQuery) => ['organisations', 'list', q] as const,
  one: (id: string) => ['organisations', id] as const,
  members: (id: string) => ['organisations', id, 'members'] as const,
  invitations: (id: string) => ['organisations', id, 'invitations'] as const,
};

/** The public list of verified organisations, one page at a time. */
export const useOrganisations = (query: orgs.OrganisationQuery) =>
  useQuery({ queryKey: key.list(query), queryFn: () => orgs.listOrganisations(query), placeholderData: keepPreviousData });

/** One organisation. */
export const useOrganisation = (id: string) => useQuery({ queryKey: key.one(id), queryFn: () => orgs.getOrganisation(id) });

/** Registers an organisation; my memberships change, so the session is refetched. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: orgs.createOrganisation,
    onSuccess: async (created) => {
      queryClient.setQueryData(key.one(created.id), created);
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}

/** Edits an organisation. */
export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<orgs.OrganisationInput>) => orgs.updateOrganisation(id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(key.one(id), updated);
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}

/** Members of an organisation. */
export const useMembers = (id: string) => useQuery({ queryKey: key.members(id), queryFn: () => orgs.listMembers(id) });

/** Changes a member's role. */
export function useChangeMemberRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) => orgs.changeMemberRole(id, userId, role),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key.members(id) }),
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      ]);
    },
  });
}

/** Removes a member, or leaves the organisation. */
export function useRemoveMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => orgs.removeMember(id, userId),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key.members(id) }),
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      ]);
    },
  });
}

/** Pending invitations sent by an organisation. */
export const useInvitations = (id: string, enabled = true) =>
  useQuery({ queryKey: key.invitations(id), queryFn: () => orgs.listInvitations(id), enabled });

/** Invites someone. */
export function useCreateInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: MemberRole }) => orgs.createInvitation(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key.invitations(id) }),
  });
}

/** Revokes an invitation. */
export function useRevokeInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => orgs.revokeInvitation(id, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key.invitations(id) }),
  });
}
