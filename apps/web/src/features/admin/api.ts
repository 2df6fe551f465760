import { api, type Page } from '../../lib/api.ts';
import type { OrganisationStatus, PlatformRole } from '../../../../../packages/shared/src/enums.ts';
import type { Organisation } from '../organisations/api.ts';

/** A person as platform admins see them. */
export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole | null;
  createdAt: string;
  disabledAt: string | null;
}

/** One audit-log entry with before/after snapshots. */
export interface AuditEvent {
  id: string | number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  actingOrganisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** Audit-log filters. */
export interface AuditQuery {
  page: number;
  actorUserId?: string;
  organisationId?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

/** An email in the outbox (readable when no SMTP server is configured). */
export interface OutboxMessage {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  kind: string;
  locale: string;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

/** Organisations by status, for review. */
export const listOrganisationsForReview = (status: OrganisationStatus, page: number) =>
  api.get<Page<Organisation>>('/admin/organisations', { status, page, pageSize: 20 });
/** Verifies or rejects an organisation (with a reason). */
export const decideOrganisation = (orgId: string, body: { decision: 'verify' | 'reject'; reason?: string }) =>
  api.post<Organisation>(`/organisations/${encodeURIComponent(orgId)}/decision`, body);

/** People, searchable by name or email. */
export const listUsers = (q: string, page: number) => api.get<Page<AdminUser>>('/admin/users', { q, page, pageSize: 20 });
/** Grants or removes a platform role. */
export const setPlatformRole = (userId: string, platformRole: PlatformRole | null) =>
  api.patch<AdminUser>(`/admin/users/${encodeURIComponent(userId)}`, { platformRole });

/** A page of the audit log, with every action name that occurs in it (for the filter). */
export interface AuditPage extends Page<AuditEvent> {
  actions?: string[];
}

/** The audit log, filtered. Dates are sent as ISO timestamps covering whole days. */
export const listAuditEvents = (query: AuditQuery) => api.get<AuditPage>('/audit-events', { pageSize: 20, ...query });

/** The outbox, newest first. */
export const listOutbox = (page: number) => api.get<Page<OutboxMessage>>('/outbox', { page, pageSize: 20 });

/** One entry of the bilingual volunteer skills list, as admins see it. */
export interface AdminSkill {
  code: string;
  nameAr: string;
  nameEn: string;
  active: boolean;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

/** Every volunteer skill, inactive ones too, in display order. */
export const listAdminSkills = () => api.get<{ items: AdminSkill[] }>('/admin/volunteer-skills');
/** Adds a skill at the end of the list (409 `skill.code_taken` when the code exists). */
export const createSkill = (body: { code: string; nameAr: string; nameEn: string }) => api.post<AdminSkill>('/volunteer-skills', body);
/** Renames, reorders, deactivates or reactivates a skill. */
export const updateSkill = (code: string, body: { nameAr?: string; nameEn?: string; active?: boolean; sortOrder?: number }) =>
  api.patch<AdminSkill>(`/volunteer-skills/${encodeURIComponent(code)}`, body);
