import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as ledger from './api.ts';

/** The verification report; re-run with `refetch()`. */
export const useVerification = () => useQuery({ queryKey: ['ledger', 'verification'], queryFn: ledger.verifyLedger, staleTime: 0 });

/** A page of ledger entries. */
export const useEntries = (q: ledger.EntriesQuery) =>
  useQuery({ queryKey: ['ledger', 'entries', q], queryFn: () => ledger.listEntries(q), placeholderData: keepPreviousData });

/** Account balances. */
export const useAccounts = () => useQuery({ queryKey: ['ledger', 'accounts'], queryFn: ledger.listAccounts });

const RULES_KEY = ['valuation', 'rules'] as const;

/** Valuation rules with every version. */
export const useRules = () => useQuery({ queryKey: RULES_KEY, queryFn: ledger.listRules });

/** Adds a rule version and refreshes the list. */
export function useAddRule() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: ledger.addRule, onSuccess: () => queryClient.invalidateQueries({ queryKey: RULES_KEY }) });
}
