import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isLocale, storeLocale } from '../../lib/locale.ts';
import { LOCALES, type Locale } from '../../../../../packages/shared/src/enums.ts';
import * as identity from './api.ts';

/** Query key of the session; everything that changes who is signed in invalidates it. */
export const SESSION_KEY = ['session'] as const;

/** The current session (anonymous sessions have `user: null`). */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: identity.fetchSession, staleTime: 60_000 });
}

/** Signs in or up, then adopts the account's language and refetches everything. */
function useAuthMutation<I>(fn: (input: I) => Promise<{ user: identity.SessionUser }>) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: fn,
    onSuccess: async ({ user }) => {
      if (isLocale(user.locale) && user.locale !== i18n.language) {
        storeLocale(user.locale);
        await i18n.changeLanguage(user.locale);
      }
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}

export const useSignIn = () => useAuthMutation(identity.signIn);
export const useSignUp = () => useAuthMutation(identity.signUp);

/** Signs out and forgets every cached answer. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: identity.signOut,
    onSuccess: async () => {
      queryClient.clear();
      await queryClient.fetchQuery({ queryKey: SESSION_KEY, queryFn: identity.fetchSession });
    },
  });
}

/** Switches "acting as" and stores the new session. */
export function useSetActingOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: identity.setActingOrganisation,
    onSuccess: (session) => queryClient.setQueryData(SESSION_KEY, session),
  });
}

/** Updates name and/or language. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: identity.updateMe,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}

/**
 * The one-click language switch: changes the interface language, remembers it in this
 * browser and, when signed in, saves it on the account. Returns the target locale too.
 */
export function useLanguageSwitch() {
  const { i18n } = useTranslation();
  const session = useSession();
  const updateMe = useUpdateMe();
  const current = isLocale(i18n.language) ? i18n.language : LOCALES[0];
  const target: Locale = LOCALES.find((l) => l !== current) ?? current;
  async function switchTo(locale: Locale = target) {
    storeLocale(locale);
    await i18n.changeLanguage(locale);
    if (session.data?.user) updateMe.mutate({ locale });
  }
  return { current, target, switchTo };
}

export const useChangePassword = () => useMutation({ mutationFn: identity.changePassword });
export const useRequestPasswordReset = () => useMutation({ mutationFn: identity.requestPasswordReset });
export const useConfirmPasswordReset = () => useMutation({ mutationFn: identity.confirmPasswordReset });

const TOKENS_KEY = ['me', 'tokens'] as const;

/** My personal-access tokens. */
export const useTokens = () => useQuery({ queryKey: TOKENS_KEY, queryFn: identity.listTokens });

/** Creates a token and refreshes the list. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: identity.createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

/** Revokes a token and refreshes the list. */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: identity.revokeToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

const MY_INVITATIONS_KEY = ['me', 'invitations'] as const;

/** Invitations waiting for my answer. */
export const useMyInvitations = (enabled = true) =>
  useQuery({ queryKey: MY_INVITATIONS_KEY, queryFn: identity.listMyInvitations, enabled });

/** Accepts or declines; accepting changes my memberships, so the session is refetched. */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) => identity.answerInvitation(id, answer),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: MY_INVITATIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      ]);
    },
  });
}
