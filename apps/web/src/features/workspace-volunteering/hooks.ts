import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api.ts';
import type { NeedKind } from '../../../../../packages/shared/src/enums.ts';
import { getInitiative, type Initiative, type InitiativeSummary, type Need } from '../initiatives/api.ts';
import { useRules } from '../ledger/hooks.ts';
import * as v from './api.ts';
import { gulfToday } from './time.ts';
import { rateInForce } from './value.ts';

// Every key starts with 'workspaceVolunteering', so a decision anywhere can refresh every list.
const ROOT = 'workspaceVolunteering';
const key = {
  orgOpportunities: (orgId: string, page: number) => [ROOT, 'opportunities', orgId, page] as const,
  opportunity: (id: string) => [ROOT, 'opportunity', id] as const,
  roster: (shiftId: string) => [ROOT, 'roster', shiftId] as const,
  checkCode: (shiftId: string) => [ROOT, 'checkCode', shiftId] as const,
  attendance: (orgId: string, status: string, page: number) => [ROOT, 'attendance', orgId, status, page] as const,
};

export const useOrgOpportunities = (orgId: string, page: number) =>
  useQuery({ queryKey: key.orgOpportunities(orgId, page), queryFn: () => v.listOrgOpportunities(orgId, page), placeholderData: keepPreviousData });

export const useOpportunity = (id: string) => useQuery({ queryKey: key.opportunity(id), queryFn: () => v.getOpportunity(id), enabled: Boolean(id) });

/** A change that can touch any list of this feature: refresh them all once it is done. */
function useFeatureMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROOT] }) });
}

export const useCreateOpportunity = (orgId: string) => useFeatureMutation((body: v.OpportunityInput) => v.createOpportunity(orgId, body));
export const useAddShifts = (opportunityId: string) => useFeatureMutation((body: v.ShiftsInput) => v.addShifts(opportunityId, body));
export const useUpdateShift = () => useFeatureMutation(({ id, body }: { id: string; body: v.ShiftPatch }) => v.updateShift(id, body));
export const useCancelShift = () => useFeatureMutation(({ id, reason }: { id: string; reason: string }) => v.cancelShift(id, reason));

export const useRoster = (shiftId: string) => useQuery({ queryKey: key.roster(shiftId), queryFn: () => v.getRoster(shiftId), enabled: Boolean(shiftId) });
/** The on-site code (managers only; asked for when the panel opens). */
export const useCheckCode = (shiftId: string, enabled: boolean) =>
  useQuery({ queryKey: key.checkCode(shiftId), queryFn: () => v.getCheckCode(shiftId), enabled: enabled && Boolean(shiftId), staleTime: 60_000 });
export const useMarkAttendance = (shiftId: string) => useFeatureMutation((body: v.AttendanceMark) => v.markAttendance(shiftId, body));

export const useAttendanceList = (orgId: string, status: string, page: number) =>
  useQuery({ queryKey: key.attendance(orgId, status, page), queryFn: () => v.listAttendance(orgId, status, page), placeholderData: keepPreviousData });
export const useDecideAttendance = () => useFeatureMutation(({ id, body }: { id: string; body: v.Decision }) => v.decideAttendance(id, body));
export const useBulkVerify = (orgId: string) => useFeatureMutation((ids: string[]) => v.verifyAttendance(orgId, ids));

/** The bilingual skills list (changes rarely). */
export const useSkills = () => useQuery({ queryKey: [ROOT, 'skills'], queryFn: v.listSkills, staleTime: 3_600_000 });

/** AED value of an hour of volunteering today (fils), from the public valuation rules; null while unknown. */
export function useHourRate(kind: 'time' | 'expertise' = 'time', level: string | null = null): number | null {
  const rules = useRules();
  return rules.data ? rateInForce(rules.data.items, kind, gulfToday(), level) : null;
}

/** One need of the organisation with the initiative it belongs to. */
export interface OrgNeed {
  need: Need;
  initiative: Initiative;
}

const LIVE = ['approved', 'active'];

/**
 * The open needs of one kind across the organisation's live initiatives (a page of initiatives,
 * then each one's needs). Keys start with 'initiatives' so changes to needs refresh them too.
 */
export function useOrgNeeds(orgId: string, kind: NeedKind) {
  const list = useQuery({
    queryKey: ['initiatives', 'orgLive', orgId],
    queryFn: () => api.get<Page<InitiativeSummary>>(`/organisations/${encodeURIComponent(orgId)}/initiatives`, { pageSize: 100 }),
  });
  const live = (list.data?.items ?? []).filter((i) => LIVE.includes(i.status));
  const details = useQueries({ queries: live.map((i) => ({ queryKey: ['initiatives', 'one', i.id], queryFn: () => getInitiative(i.id) })) });
  const needs: OrgNeed[] = details.flatMap((d) => (d.data ? d.data.needs.filter((n) => n.kind === kind && n.status === 'open').map((need) => ({ need, initiative: d.data })) : []));
  const failed = list.error ?? details.find((d) => d.error)?.error ?? null;
  return {
    needs,
    isPending: list.isPending || details.some((d) => d.isPending),
    error: failed,
    refetch: () => {
      void list.refetch();
      for (const d of details) void d.refetch();
    },
  };
}
