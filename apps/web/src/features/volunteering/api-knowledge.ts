// Typed calls for expertise (needs, offers, engagements with logged hours) and mentorships.
import { api, type Page } from '../../lib/api.ts';
import type { ExpertiseLevel } from '../../../../../packages/shared/src/enums.ts';
import type { Named } from './api.ts';

const enc = encodeURIComponent;

/** A title in both languages. */
interface Titled {
  titleAr: string | null;
  titleEn: string | null;
}

/** An open expertise need of a live initiative. */
export interface ExpertiseNeed extends Titled {
  id: string;
  skill: string | null;
  level: ExpertiseLevel | null;
  /** The hours the initiative estimates the work takes. */
  targetHours: number | null;
  deadline: string | null;
  /** What the organisation says about the work, publicly. */
  publicNote: string | null;
  /** Offers made so far (not withdrawn). */
  offers: number;
  initiative: { id: string; emirate?: string } & Titled;
  organisation: { id: string } & Named;
}

/** An offer of my expertise for a need. */
export interface Offer {
  id: string;
  needId: string;
  proposal: string;
  estimatedHours: number | null;
  status: 'offered' | 'accepted' | 'declined' | 'withdrawn';
}

/** One entry of hours an expert logged. */
export interface EngagementLog {
  id?: string;
  workedOn: string;
  minutes: number;
  note: string | null;
  createdAt?: string;
}

/** Accepted pro-bono work: scope, deliverables, hours logged, and whether it is signed off. */
export interface Engagement {
  id: string;
  status: 'active' | 'signed_off' | 'cancelled';
  scope: string;
  deliverables: string;
  level?: ExpertiseLevel | null;
  totalMinutes: number;
  need?: ({ id: string } & Titled) | null;
  initiative?: ({ id: string } & Titled) | null;
  organisation?: ({ id: string } & Named) | null;
  signedOffAt?: string | null;
  /** Set once cancelled: when, by whom (the expert, or a manager of the organisation), and why. */
  cancelledAt?: string | null;
  cancelledBy?: string | null;
  cancelReason?: string | null;
  expert?: { userId: string } | null;
  createdAt: string;
}

/** `GET /engagements/:id`. */
export interface EngagementDetail extends Engagement {
  logs: EngagementLog[];
}

/** A knowledge session (mentoring, training, workshop). */
export interface KnowledgeSession {
  id: string;
  format: 'mentoring' | 'training' | 'workshop';
  topicAr: string | null;
  topicEn: string | null;
  heldAt: string;
  minutes: number;
  attendeeCount: number;
  status: 'reported' | 'confirmed' | 'rejected';
}

/** A mentorship I lead, with its sessions. */
export interface Mentorship {
  id: string;
  topicAr: string | null;
  topicEn: string | null;
  menteeNames: string[];
  status: 'active' | 'ended';
  organisation?: ({ id: string } & Named) | null;
  sessions: KnowledgeSession[];
  createdAt: string;
}

/** Open expertise needs of live initiatives, a page at a time (public). */
export const listExpertiseNeeds = (page: number, pageSize: number) => api.get<Page<ExpertiseNeed>>('/expertise-needs', { page, pageSize });
/** Offers my expertise for a need. */
export const createOffer = (needId: string, body: { proposal: string; estimatedHours?: number }) => api.post<Offer>(`/needs/${enc(needId)}/offers`, body);
/** Withdraws my offer while it is still open. */
export const withdrawOffer = (offerId: string) => api.delete(`/offers/${enc(offerId)}`);

/** My engagements. */
export const listMyEngagements = () => api.get<{ items: Engagement[] }>('/me/engagements');
/** One engagement with its log. */
export const getEngagement = (id: string) => api.get<EngagementDetail>(`/engagements/${enc(id)}`);
/** Cancels my active engagement, saying why (the organisation is told). */
export const cancelEngagement = (id: string, reason: string) => api.post<Engagement>(`/engagements/${enc(id)}/cancel`, { reason });
/** Logs hours on an active engagement. */
export const logHours = (id: string, body: { workedOn: string; minutes: number; note?: string }) => api.post<EngagementLog>(`/engagements/${enc(id)}/logs`, body);

/** My mentorships with their sessions. */
export const listMyMentorships = () => api.get<{ items: Mentorship[] }>('/me/mentorships');
