import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as c from './api.ts';

const key = {
  all: ['contributions'] as const,
  mine: (q: c.ContributionQuery) => ['contributions', 'mine', q] as const,
  org: (orgId: string, direction: string, q: c.ContributionQuery) => ['contributions', 'org', orgId, direction, q] as const,
  one: (id: string) => ['contributions', 'one', id] as const,
  recurring: ['contributions', 'recurring'] as const,
  initiative: (id: string) => ['contributions', 'initiative', id] as const,
  orgInitiatives: (orgId: string) => ['contributions', 'org-initiatives', orgId] as const,
  receipt: (token: string) => ['contributions', 'receipt', token] as const,
  funds: (includeClosed: boolean) => ['contributions', 'funds', includeClosed] as const,
  fund: (id: string) => ['contributions', 'fund', id] as const,
  impact: ['contributions', 'impact'] as const,
};

/** After any ledger write: every list, total and progress bar may have changed. */
function useInvalidateLedger() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key.all }),
      queryClient.invalidateQueries({ queryKey: ['initiatives'] }),
      queryClient.invalidateQueries({ queryKey: ['ledger'] }),
    ]);
}

/** An initiative with its needs (to give to one of them). */
export const useGiveInitiative = (id: string) => useQuery({ queryKey: key.initiative(id), queryFn: () => c.getInitiative(id), enabled: Boolean(id) });

/** An organisation's initiatives (for recording what it received). */
export const useOrgInitiatives = (orgId: string, enabled = true) =>
  useQuery({ queryKey: key.orgInitiatives(orgId), queryFn: () => c.listOrgInitiatives(orgId), enabled });

/** My contributions, one page at a time, with totals. */
export const useMyContributions = (q: c.ContributionQuery) =>
  useQuery({ queryKey: key.mine(q), queryFn: () => c.listMine(q), placeholderData: keepPreviousData });

/** An organisation's contributions received or given. */
export const useOrgContributions = (orgId: string, direction: 'received' | 'given', q: c.ContributionQuery, enabled = true) =>
  useQuery({ queryKey: key.org(orgId, direction, q), queryFn: () => c.listOrganisation(orgId, direction, q), placeholderData: keepPreviousData, enabled });

/** One contribution (its contributor, the organisations involved, staff). */
export const useContribution = (id: string | null) =>
  useQuery({ queryKey: key.one(id ?? ''), queryFn: () => c.getContribution(id!), enabled: Boolean(id) });

/** Pledges money or goods with an Idempotency-Key. */
export function usePledge() {
  const invalidate = useInvalidateLedger();
  return useMutation({ mutationFn: ({ body, idempotencyKey }: { body: c.PledgeInput; idempotencyKey: string }) => c.pledge(body, idempotencyKey), onSuccess: invalidate });
}

/** Records what an organisation received. */
export function useRecordContribution(orgId: string) {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: c.RecordInput; idempotencyKey: string }) => c.recordContribution(orgId, body, idempotencyKey),
    onSuccess: invalidate,
  });
}

/** Confirms, verifies, cancels or refunds a contribution. */
export function useTransition() {
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: ({ id, body, idempotencyKey }: { id: string; body: c.TransitionInput; idempotencyKey: string }) => c.transition(id, body, idempotencyKey),
    onSuccess: invalidate,
  });
}

/** My monthly pledges. */
export const useRecurring = () => useQuery({ queryKey: key.recurring, queryFn: c.listRecurring });

/** Starts a monthly pledge with an Idempotency-Key. */
export function useCreateRecurring() {
  const invalidate = useInvalidateLedger();
  return useMutation({ mutationFn: ({ body, idempotencyKey }: { body: c.RecurringInput; idempotencyKey: string }) => c.createRecurring(body, idempotencyKey), onSuccess: invalidate });
}

/** Pauses, resumes or cancels a monthly pledge. */
export function useSetRecurringStatus() {
  const invalidate = useInvalidateLedger();
  return useMutation({ mutationFn: ({ id, status }: { id: string; status: c.RecurringPledge['status'] }) => c.setRecurringStatus(id, status), onSuccess: invalidate });
}

/** Checks a receipt's public code (a 404 is an answer here, not a failure to retry). */
export const usePublicReceipt = (token: string) =>
  useQuery({ queryKey: key.receipt(token), queryFn: () => c.getPublicReceipt(token), enabled: Boolean(token), retry: false });

/** Pooled funds open for giving (or every fund, for the console). */
export const useFunds = (includeClosed = false) => useQuery({ queryKey: key.funds(includeClosed), queryFn: () => c.listFunds(includeClosed) });

/** One fund with its totals. */
export const useFund = (id: string) => useQuery({ queryKey: key.fund(id), queryFn: () => c.getFund(id), enabled: Boolean(id) });

/** Opens a pooled fund (platform admins). */
export function useCreateFund() {
  const invalidate = useInvalidateLedger();
  return useMutation({ mutationFn: c.createFund, onSuccess: invalidate });
}

/** Edits or closes a fund (platform admins). */
export function useUpdateFund() {
  const invalidate = useInvalidateLedger();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: c.FundPatch }) => c.updateFund(id, body), onSuccess: invalidate });
}

/** The platform's impact counters (home page). */
export const useImpactSummary = () => useQuery({ queryKey: key.impact, queryFn: c.getImpactSummary });
