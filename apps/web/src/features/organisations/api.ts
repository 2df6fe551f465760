import { api, type Page } from '../../lib/api.ts';
import type { Emirate, MemberRole, OrganisationStatus, OrganisationType } from '../../../../../packages/shared/src/enums.ts';

/** An organisation as the API returns it (bilingual names and descriptions). */
export interface Organisation {
  id: string;
  type: OrganisationType;
  nameAr: string | null;
  nameEn: string | null;
  descriptionAr: string | null;
  descriptionEn: string | null;
  emirate: Emirate;
  website: string | null;
  status: OrganisationStatus;
  createdAt: string;
  /** When the foundation verified or rejected it. */
  decidedAt?: string | null;
  /** Why it was rejected; only sent to members and platform staff. */
  decisionReason?: string | null;
}

/** Fields a person can set on an organisation. */
export interface OrganisationInput {
  type: OrganisationType;
  nameAr?: string | null;
  nameEn?: string | null;
  descriptionAr?: string | null;
  descriptionEn?: string | null;
  emirate: Emirate;
  website?: string | null;
}

/** A member of an organisation. */
export interface Member {
  userId: string;
  displayName: string;
  email: string;
  role: MemberRole;
  createdAt: string;
}

/** An invitation sent by an organisation. */
export interface Invitation {
  id: string;
  email: string;
  role: MemberRole;
  createdAt: string;
  expiresAt: string;
  status?: string;
}

/** Filters of the public organisations list. */
export interface OrganisationQuery {
  page: number;
  pageSize?: number;
  q?: string;
  type?: OrganisationType | '';
}

const org = (id: string) => `/organisations/${encodeURIComponent(id)}`;

/** Verified organisations (public). */
export const listOrganisations = (query: OrganisationQuery) =>
  api.get<Page<Organisation>>('/organisations', { pageSize: 20, ...query });
/** One organisation (verified ones for everyone; pending ones for members and staff). */
export const getOrganisation = (id: string) => api.get<Organisation>(org(id));
/** Registers an organisation; it starts `pending` with me as owner. */
export const createOrganisation = (body: OrganisationInput) => api.post<Organisation>('/organisations', body);
/** Edits an organisation (owner or manager). */
export const updateOrganisation = (id: string, body: Partial<OrganisationInput>) => api.patch<Organisation>(org(id), body);

/** Members of an organisation. */
export const listMembers = (id: string) => api.get<{ items: Member[] }>(`${org(id)}/members`);
/** Changes a member's role (owner). */
export const changeMemberRole = (id: string, userId: string, role: MemberRole) =>
  api.patch<Member>(`${org(id)}/members/${encodeURIComponent(userId)}`, { role });
/** Removes a member (owner), or leaves when `userId` is mine. */
export const removeMember = (id: string, userId: string) => api.delete(`${org(id)}/members/${encodeURIComponent(userId)}`);

/** Pending invitations of an organisation (manager or owner). */
export const listInvitations = (id: string) => api.get<{ items: Invitation[] }>(`${org(id)}/invitations`);
/** Invites someone by email with a role. */
export const createInvitation = (id: string, body: { email: string; role: MemberRole }) =>
  api.post<Invitation>(`${org(id)}/invitations`, body);
/** Revokes an invitation. */
export const revokeInvitation = (id: string, invitationId: string) =>
  api.delete(`${org(id)}/invitations/${encodeURIComponent(invitationId)}`);
