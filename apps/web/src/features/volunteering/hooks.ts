import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as v from './api.ts';
import * as k from './api-knowledge.ts';
import * as r from './api-recognition.ts';

const key = {
  all: ['volunteering'] as const,
  list: (q: v.OpportunityQuery) => ['volunteering', 'opportunities', q] as const,
  one: (id: string) => ['volunteering', 'opportunity', id] as const,
  skills: ['volunteering', 'skills'] as const,
  myShifts: ['volunteering', 'me', 'shifts'] as const,
  profile: ['volunteering', 'me', 'profile'] as const,
  calendar: ['volunteering', 'me', 'calendar'] as const,
  certificates: ['volunteering', 'me', 'certificates'] as const,
  impact: ['volunteering', 'me', 'impact'] as const,
  verify: (token: string) => ['volunteering', 'verify', token] as const,
  needs: (page: number) => ['volunteering', 'expertise-needs', page] as const,
  engagements: ['volunteering', 'me', 'engagements'] as const,
  engagement: (id: string) => ['volunteering', 'engagement', id] as const,
  mentorships: ['volunteering', 'me', 'mentorships'] as const,
};

/** A change to my shifts moves places left, my list and (once verified) my impact: refresh them all. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key.all });
}

/** Open opportunities, one page at a time (the previous page stays while the next loads). */
export const useOpportunities = (q: v.OpportunityQuery) => useQuery({ queryKey: key.list(q), queryFn: () => v.listOpportunities(q), placeholderData: keepPreviousData });
/** One opportunity with its shifts. */
export const useOpportunity = (id: string) => useQuery({ queryKey: key.one(id), queryFn: () => v.getOpportunity(id), enabled: Boolean(id) });
/** The shared skills list; it changes rarely. A server without it yet just offers free text. */
export const useSkills = () => useQuery({ queryKey: key.skills, queryFn: v.listSkills, staleTime: 10 * 60_000, retry: false });

/** My sign-ups (only asked for when signed in). */
export const useMyShifts = (enabled = true) => useQuery({ queryKey: key.myShifts, queryFn: v.listMyShifts, enabled });

/** Signs me up for a shift. */
export function useSignUp() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: v.signUp, onSuccess: invalidate });
}

/** Gives my place on a shift up. */
export function useCancelSignup() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: v.cancelSignup, onSuccess: invalidate });
}

/** Checks me in or out with the on-site code. */
export function useCheckIn() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: ({ shiftId, ...body }: { shiftId: string; code: string; action: 'in' | 'out' }) => v.checkIn(shiftId, body), onSuccess: invalidate });
}

/** Reports the hours I gave at a shift. */
export function useReportHours() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: ({ shiftId, ...body }: { shiftId: string; startedAt: string; endedAt: string; note?: string }) => v.reportHours(shiftId, body), onSuccess: invalidate });
}

/** My volunteer profile. */
export const useVolunteerProfile = () => useQuery({ queryKey: key.profile, queryFn: v.getProfile });

/** Saves my volunteer profile. */
export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: v.saveProfile, onSuccess: (saved) => queryClient.setQueryData(key.profile, saved) });
}

/** My private calendar feed address. */
export const useCalendar = () => useQuery({ queryKey: key.calendar, queryFn: v.getCalendar });

/** Replaces my calendar feed address. */
export function useResetCalendar() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: v.resetCalendar, onSuccess: (feed) => queryClient.setQueryData(key.calendar, feed) });
}

/** My certificates. */
export const useCertificates = () => useQuery({ queryKey: key.certificates, queryFn: r.listCertificates });

/** Issues a certificate of my verified hours. */
export function useIssueCertificate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: r.issueCertificate, onSuccess: () => queryClient.invalidateQueries({ queryKey: key.certificates }) });
}

/** Checks a certificate's public token (a 404 is an answer here, not a failure to retry). */
export const usePublicCertificate = (token: string) => useQuery({ queryKey: key.verify(token), queryFn: () => r.verifyCertificate(token), enabled: Boolean(token), retry: false });

/** My impact. */
export const useMyImpact = () => useQuery({ queryKey: key.impact, queryFn: r.getMyImpact });

/** Open expertise needs, one page at a time. */
export const useExpertiseNeeds = (page: number, pageSize: number) =>
  useQuery({ queryKey: key.needs(page), queryFn: () => k.listExpertiseNeeds(page, pageSize), placeholderData: keepPreviousData });

/** The needs list counts offers: refresh it after making or withdrawing one. */
function useInvalidateNeeds() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['volunteering', 'expertise-needs'] });
}

/** Offers my expertise for a need. */
export function useCreateOffer() {
  const invalidate = useInvalidateNeeds();
  return useMutation({ mutationFn: ({ needId, ...body }: { needId: string; proposal: string; estimatedHours?: number }) => k.createOffer(needId, body), onSuccess: invalidate });
}

/** Withdraws an open offer. */
export function useWithdrawOffer() {
  const invalidate = useInvalidateNeeds();
  return useMutation({ mutationFn: k.withdrawOffer, onSuccess: invalidate });
}

/** My engagements. */
export const useMyEngagements = () => useQuery({ queryKey: key.engagements, queryFn: k.listMyEngagements });
/** One engagement with its log. */
export const useEngagement = (id: string) => useQuery({ queryKey: key.engagement(id), queryFn: () => k.getEngagement(id), enabled: Boolean(id) });

/** Logs hours on an engagement; its total and the list change. */
export function useLogHours(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { workedOn: string; minutes: number; note?: string }) => k.logHours(id, body),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: key.engagement(id) }), queryClient.invalidateQueries({ queryKey: key.engagements })]),
  });
}

/** Cancels my engagement; it and my list change. */
export function useCancelEngagement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => k.cancelEngagement(id, reason),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: key.engagement(id) }), queryClient.invalidateQueries({ queryKey: key.engagements })]),
  });
}

/** My mentorships with their sessions. */
export const useMyMentorships = () => useQuery({ queryKey: key.mentorships, queryFn: k.listMyMentorships });
