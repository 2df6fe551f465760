import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as k from './api-knowledge.ts';

// Keys share the feature's root, so any decision refreshes the lists that show it.
const ROOT = 'workspaceVolunteering';

function useFeatureMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROOT] }) });
}

export const useOffers = (needId: string) => useQuery({ queryKey: [ROOT, 'offers', needId], queryFn: () => k.listOffers(needId) });
export const useAcceptOffer = () => useFeatureMutation(({ id, scope, deliverables }: { id: string; scope: string; deliverables: string }) => k.acceptOffer(id, { scope, deliverables }));
export const useDeclineOffer = () => useFeatureMutation(({ id, reason }: { id: string; reason?: string }) => k.declineOffer(id, reason));

export const useEngagements = (orgId: string) => useQuery({ queryKey: [ROOT, 'engagements', orgId], queryFn: () => k.listEngagements(orgId) });
/** One engagement with its logs (loaded when its logs are opened). */
export const useEngagement = (id: string, enabled: boolean) => useQuery({ queryKey: [ROOT, 'engagement', id], queryFn: () => k.getEngagement(id), enabled });
export const useSignOff = () => useFeatureMutation((id: string) => k.signOffEngagement(id));
export const useCancelEngagement = () => useFeatureMutation(({ id, reason }: { id: string; reason: string }) => k.cancelEngagement(id, reason));

export const useMentorships = (orgId: string) => useQuery({ queryKey: [ROOT, 'mentorships', orgId], queryFn: () => k.listMentorships(orgId) });
export const useCreateMentorship = (orgId: string) => useFeatureMutation((body: k.MentorshipInput) => k.createMentorship(orgId, body));
export const useEndMentorship = () => useFeatureMutation(({ id, reason }: { id: string; reason?: string }) => k.endMentorship(id, reason));
export const useSessions = (orgId: string, status: string, page: number) =>
  useQuery({ queryKey: [ROOT, 'sessions', orgId, status, page], queryFn: () => k.listSessions(orgId, status, page), placeholderData: keepPreviousData });
export const useReportSession = (orgId: string) => useFeatureMutation((body: k.SessionInput) => k.reportSession(orgId, body));
export const useDecideSession = () => useFeatureMutation(({ id, ...body }: { id: string; action: 'confirm' | 'reject'; reason?: string }) => k.decideSession(id, body));
export const useKnowledgeOutputs = (orgId: string) => useQuery({ queryKey: [ROOT, 'outputs', orgId], queryFn: () => k.getKnowledgeOutputs(orgId) });
