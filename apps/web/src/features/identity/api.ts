import { api } from '../../lib/api.ts';
import type { Locale, MemberRole, OrganisationStatus, OrganisationType, PlatformRole, TokenScope } from '../../../../../packages/shared/src/enums.ts';

/** The signed-in person as the session reports it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  platformRole: PlatformRole | null;
}

/** A membership as listed in the session. */
export interface SessionMembership {
  organisationId: string;
  role: MemberRole;
  organisation: { id: string; nameAr: string | null; nameEn: string | null; status: OrganisationStatus; type: OrganisationType };
}

/** `GET /session`: who is signed in and for whom they act. */
export interface Session {
  user: SessionUser | null;
  csrfToken: string | null;
  actingOrganisationId: string | null;
  memberships: SessionMembership[];
}

/** A personal-access token (the secret is only returned once, at creation). */
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** An invitation addressed to the signed-in person's email. */
export interface MyInvitation {
  id: string;
  organisation: { id: string; nameAr: string | null; nameEn: string | null };
  role: MemberRole;
  createdAt: string;
  expiresAt: string;
}

/** Fetches the current session (the API client learns the CSRF token from it). */
export const fetchSession = () => api.get<Session>('/session');
/** Switches "acting as": yourself (null) or an organisation you belong to. */
export const setActingOrganisation = (actingOrganisationId: string | null) =>
  api.patch<Session>('/session', { actingOrganisationId });

/** Creates an account and signs in. */
export const signUp = (body: { email: string; password: string; displayName: string; locale: Locale }) =>
  api.post<{ user: SessionUser }>('/auth/sign-up', body);
/** Signs in with email and password. */
export const signIn = (body: { email: string; password: string }) => api.post<{ user: SessionUser }>('/auth/sign-in', body);
/** Ends the session. */
export const signOut = () => api.post<void>('/auth/sign-out');
/** Changes the password of the signed-in person. */
export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  api.post<void>('/auth/password', body);
/** Asks for a reset link (always accepted, whether or not the email exists). */
export const requestPasswordReset = (email: string) => api.post<void>('/auth/password-resets', { email });
/** Sets a new password with the token from the reset email. */
export const confirmPasswordReset = (body: { token: string; newPassword: string }) =>
  api.post<void>('/auth/password-resets/confirm', body);

/** Updates the profile (name, interface language). */
export const updateMe = (body: { displayName?: string; locale?: Locale }) => api.patch<SessionUser>('/me', body);

/** Lists my personal-access tokens. */
export const listTokens = () => api.get<{ items: ApiToken[] }>('/me/tokens');
/** Creates a token; the secret is in the answer only this once. */
export const createToken = (body: { name: string; scopes: TokenScope[]; expiresInDays?: number }) =>
  api.post<{ token: ApiToken; secret: string }>('/me/tokens', body);
/** Revokes a token. */
export const revokeToken = (tokenId: string) => api.delete(`/me/tokens/${encodeURIComponent(tokenId)}`);

/** Pending invitations for my email. */
export const listMyInvitations = () => api.get<{ items: MyInvitation[] }>('/me/invitations');
/** Accepts or declines an invitation. */
export const answerInvitation = (invitationId: string, answer: 'accept' | 'decline') =>
  api.post<void>(`/invitations/${encodeURIComponent(invitationId)}/${answer}`);
