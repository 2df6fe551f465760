// Expertise offers and engagements, mentorships and knowledge sessions, for an organisation's
// workspace (docs/volunteering.md). Fields the contract leaves open are optional.
import { api, type Page } from '../../lib/api.ts';
import type { ExpertiseLevel } from '../../../../../packages/shared/src/enums.ts';

/** A person as lists name them (the name is left out where the API has not joined it). */
export interface PersonRef {
  userId: string;
  displayName?: string;
  email?: string;
  skills?: string[];
  languages?: string[];
}

export type OfferStatus = 'offered' | 'accepted' | 'declined' | 'withdrawn';

/** An expert's offer of pro-bono work on an expertise need. */
export interface ExpertiseOffer {
  id: string;
  needId: string;
  status: OfferStatus;
  proposal: string;
  estimatedHours: number | null;
  expert: PersonRef;
  createdAt: string;
}

export type EngagementStatus = 'active' | 'signed_off' | 'cancelled';

/** Hours an expert logged on an engagement. */
export interface EngagementLog {
  id: string;
  workedOn: string;
  minutes: number;
  note: string | null;
}

/** Accepted pro-bono work: scope, deliverables, logged hours, sign-off. */
export interface Engagement {
  id: string;
  offerId: string;
  status: EngagementStatus;
  level: ExpertiseLevel;
  scope: string;
  deliverables: string;
  expert: PersonRef;
  totalMinutes: number;
  /** Only in `GET /engagements/:id`. */
  logs?: EngagementLog[];
  signedOffAt: string | null;
  contributionId?: string | null;
  /** Set once cancelled: when, by whom (a manager, or the expert), and why. */
  cancelledAt?: string | null;
  cancelledBy?: string | null;
  cancelReason?: string | null;
  createdAt: string;
  need: { id: string; titleAr: string | null; titleEn: string | null; skill: string | null };
  initiative?: { id: string; titleAr: string | null; titleEn: string | null };
}

export type KnowledgeFormat = 'mentoring' | 'training' | 'workshop';
export const FORMATS: readonly KnowledgeFormat[] = ['mentoring', 'training', 'workshop'];
export type SessionStatus = 'reported' | 'confirmed' | 'rejected';

/** A mentoring, training or workshop session reported to the organisation. */
export interface KnowledgeSession {
  id: string;
  needId: string;
  format: KnowledgeFormat;
  mentorshipId: string | null;
  host?: PersonRef | null;
  topicAr: string | null;
  topicEn: string | null;
  heldAt: string;
  minutes: number;
  attendeeCount: number;
  materialsUrl: string | null;
  status: SessionStatus;
  decisionReason?: string | null;
  createdAt: string;
}

/** A mentor paired with mentees on a knowledge need. */
export interface Mentorship {
  id: string;
  needId: string;
  mentor: PersonRef;
  menteeNames: string[];
  topicAr: string | null;
  topicEn: string | null;
  status: 'active' | 'ended';
  /** Set once ended: when and why (the reason is optional). */
  endedAt?: string | null;
  endReason?: string | null;
  sessions?: KnowledgeSession[];
  createdAt: string;
}

/** Body of `POST /organisations/:orgId/mentorships`. */
export interface MentorshipInput {
  needId: string;
  mentorEmail: string;
  menteeNames: string[];
  topicAr: string | null;
  topicEn: string | null;
}

/** Body of `POST /organisations/:orgId/knowledge-sessions`. */
export interface SessionInput {
  needId: string;
  format: KnowledgeFormat;
  mentorshipId?: string | null;
  topicAr: string | null;
  topicEn: string | null;
  heldAt: string;
  minutes: number;
  attendeeCount: number;
  materialsUrl?: string | null;
}

/** What the confirmed sessions reached (outputs for the impact framework). */
export interface KnowledgeOutputs {
  sessions: number;
  attendees: number;
  minutes: number;
  byFormat?: Partial<Record<KnowledgeFormat, { sessions: number; attendees: number; minutes: number }>>;
}

/** Lists answer either a page or a plain `{ items }`. */
export type ItemsOf<T> = { items: T[] } & Partial<Omit<Page<T>, 'items'>>;

const enc = encodeURIComponent;
const org = (orgId: string) => `/organisations/${enc(orgId)}`;

export const listOffers = (needId: string) => api.get<ItemsOf<ExpertiseOffer>>(`/needs/${enc(needId)}/offers`);
export const acceptOffer = (id: string, body: { scope: string; deliverables: string }) => api.post<{ engagementId: string }>(`/offers/${enc(id)}/accept`, body);
export const declineOffer = (id: string, reason?: string) => api.post<unknown>(`/offers/${enc(id)}/decline`, reason ? { reason } : {});
export const listEngagements = (orgId: string) => api.get<ItemsOf<Engagement>>(`${org(orgId)}/engagements`);
export const getEngagement = (id: string) => api.get<Engagement>(`/engagements/${enc(id)}`);
export const signOffEngagement = (id: string) => api.post<{ contributionId: string | null }>(`/engagements/${enc(id)}/sign-off`);
export const cancelEngagement = (id: string, reason: string) => api.post<Engagement>(`/engagements/${enc(id)}/cancel`, { reason });

export const listMentorships = (orgId: string) => api.get<ItemsOf<Mentorship>>(`${org(orgId)}/mentorships`);
export const createMentorship = (orgId: string, body: MentorshipInput) => api.post<Mentorship>(`${org(orgId)}/mentorships`, body);
export const endMentorship = (id: string, reason?: string) => api.post<Mentorship>(`/mentorships/${enc(id)}/end`, reason ? { reason } : {});
export const listSessions = (orgId: string, status: string, page: number) =>
  api.get<ItemsOf<KnowledgeSession>>(`${org(orgId)}/knowledge-sessions`, { status, page, pageSize: 20 });
export const reportSession = (orgId: string, body: SessionInput) => api.post<KnowledgeSession>(`${org(orgId)}/knowledge-sessions`, body);
export const decideSession = (id: string, body: { action: 'confirm' | 'reject'; reason?: string }) => api.post<unknown>(`/knowledge-sessions/${enc(id)}/decision`, body);
export const getKnowledgeOutputs = (orgId: string) => api.get<KnowledgeOutputs>(`${org(orgId)}/knowledge-outputs`);
