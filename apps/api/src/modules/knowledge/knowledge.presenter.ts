import type { EngagementLogRow, ExpertiseOfferRow, KnowledgeSessionRow, MentorshipRow } from '../../platform/db/schema.ts';
import type { EngagementView } from './expertise.repository.ts';

const list = (json: string | null | undefined): string[] => (json ? (JSON.parse(json) as string[]) : []);
const detailsOf = (json: string) => JSON.parse(json) as { skill?: string; level?: string; format?: string };

/** An open expertise need as the public catalogue shows it. */
export function presentExpertiseNeed(r: {
  id: string; title_ar: string | null; title_en: string | null; details: string; target_quantity: number; deadline: string | null; public_note: string | null; offers: number | string | null;
  initiative_id: string; initiative_title_ar: string | null; initiative_title_en: string | null; emirate: string;
  organisation_id: string; org_name_ar: string | null; org_name_en: string | null;
}) {
  const d = detailsOf(r.details);
  return {
    id: r.id, titleAr: r.title_ar, titleEn: r.title_en, skill: d.skill ?? null, level: d.level ?? null, targetHours: Number(r.target_quantity),
    deadline: r.deadline, publicNote: r.public_note, offers: Number(r.offers ?? 0),
    initiative: { id: r.initiative_id, titleAr: r.initiative_title_ar, titleEn: r.initiative_title_en, emirate: r.emirate },
    organisation: { id: r.organisation_id, nameAr: r.org_name_ar, nameEn: r.org_name_en },
  };
}

/** An offer as its author sees it. */
export function presentOffer(o: ExpertiseOfferRow) {
  return { id: o.id, needId: o.need_id, organisationId: o.organisation_id, proposal: o.proposal, estimatedHours: o.estimated_hours, status: o.status, createdAt: o.created_at };
}

/**
 * An offer as the organisation sees it: the expert's name and public profile (skills, languages).
 * Private profile fields (date of birth, emergency contact) and the email are never selected.
 */
export function presentOfferForOrganisation(o: { id: string; need_id: string; user_id: string; proposal: string; estimated_hours: number | null; status: string; created_at: string; display_name: string; skills: string | null; languages: string | null }) {
  return {
    id: o.id, needId: o.need_id, proposal: o.proposal, estimatedHours: o.estimated_hours, status: o.status, createdAt: o.created_at,
    expert: { userId: o.user_id, displayName: o.display_name, skills: list(o.skills), languages: list(o.languages) },
  };
}

/**
 * An engagement. The organisation sees the expert's email (it has taken them on and must be able
 * to write to them); the expert sees their own record.
 */
export function presentEngagement(e: EngagementView) {
  const d = detailsOf(e.need_details);
  return {
    id: e.id, offerId: e.offer_id, status: e.status, level: e.level, scope: e.scope, deliverables: e.deliverables,
    need: { id: e.need_id, titleAr: e.need_title_ar, titleEn: e.need_title_en, skill: d.skill ?? null },
    initiative: { id: e.initiative_id, titleAr: e.initiative_title_ar, titleEn: e.initiative_title_en },
    organisation: { id: e.organisation_id, nameAr: e.org_name_ar, nameEn: e.org_name_en },
    expert: { userId: e.expert_user_id, displayName: e.expert_name, email: e.expert_email },
    totalMinutes: Number(e.total_minutes ?? 0),
    signedOffAt: e.signed_off_at, signedOffBy: e.signed_off_by, contributionId: e.contribution_id,
    cancelledAt: e.cancelled_at, cancelledBy: e.cancelled_by, cancelReason: e.cancel_reason, createdAt: e.created_at,
  };
}

export function presentLog(l: EngagementLogRow) {
  return { id: l.id, workedOn: l.worked_on, minutes: l.minutes, note: l.note, createdAt: l.created_at };
}

/** A knowledge session; mentees are never named here (they may not be Ataa users). */
export function presentSession(s: KnowledgeSessionRow & { host_name?: string }) {
  return {
    id: s.id, organisationId: s.organisation_id, needId: s.need_id, format: s.format, mentorshipId: s.mentorship_id,
    host: { userId: s.host_user_id, ...(s.host_name !== undefined && { displayName: s.host_name }) },
    topicAr: s.topic_ar, topicEn: s.topic_en, heldAt: s.held_at, minutes: s.minutes, attendeeCount: s.attendee_count, materialsUrl: s.materials_url,
    status: s.status, decidedAt: s.decided_at, decisionReason: s.decision_reason, contributionId: s.contribution_id, createdAt: s.created_at,
  };
}

/** A mentorship with its sessions (the organisation and the mentor see the mentees' names). */
export function presentMentorship(m: MentorshipRow & { mentor_name?: string; org_name_ar?: string | null; org_name_en?: string | null }, sessions: KnowledgeSessionRow[]) {
  return {
    id: m.id, needId: m.need_id, status: m.status, topicAr: m.topic_ar, topicEn: m.topic_en, menteeNames: list(m.mentee_names),
    organisation: { id: m.organisation_id, ...(m.org_name_ar !== undefined && { nameAr: m.org_name_ar, nameEn: m.org_name_en }) },
    mentor: { userId: m.mentor_user_id, ...(m.mentor_name !== undefined && { displayName: m.mentor_name }) },
    endedAt: m.ended_at, endReason: m.end_reason,
    sessions: sessions.map(presentSession), createdAt: m.created_at,
  };
}
