// Mentorship and knowledge-session forms → request bodies, with the API's own checks up front.
import type { KnowledgeFormat, MentorshipInput, SessionInput } from './api-knowledge.ts';
import type { Built } from './checked-submit.ts';
import { gulfToIso, isDate, isTime, joinMinutes, parseWholeNumber } from './time.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const orNull = (s: string) => (s.trim() ? s.trim() : null);

export interface MentorshipFormValues {
  initiativeId: string;
  needId: string;
  mentorEmail: string;
  menteeNames: string[];
  topicAr: string;
  topicEn: string;
}

export const BLANK_MENTORSHIP: MentorshipFormValues = { initiativeId: '', needId: '', mentorEmail: '', menteeNames: [], topicAr: '', topicEn: '' };

export function buildMentorship(v: MentorshipFormValues): Built<MentorshipInput> {
  const codes: Record<string, string> = {};
  if (!v.needId) codes.needId = 'validation.required';
  const email = v.mentorEmail.trim();
  if (!email) codes.mentorEmail = 'validation.required';
  else if (!EMAIL.test(email)) codes.mentorEmail = 'validation.invalid_email';
  const mentees = [...new Set(v.menteeNames.map((n) => n.trim()).filter(Boolean))];
  if (mentees.length === 0) codes.menteeNames = 'validation.none_chosen';
  if (Object.keys(codes).length) return { codes };
  return { body: { needId: v.needId, mentorEmail: email, menteeNames: mentees, topicAr: orNull(v.topicAr), topicEn: orNull(v.topicEn) } };
}

export interface SessionFormValues {
  initiativeId: string;
  needId: string;
  format: KnowledgeFormat;
  mentorshipId: string;
  topicAr: string;
  topicEn: string;
  date: string;
  time: string;
  hours: string;
  minutes: string;
  attendeeCount: string;
  materialsUrl: string;
}

export const BLANK_SESSION: SessionFormValues = {
  initiativeId: '', needId: '', format: 'training', mentorshipId: '', topicAr: '', topicEn: '', date: '', time: '', hours: '1', minutes: '0', attendeeCount: '', materialsUrl: '',
};

/**
 * The session body: held at a UAE date and time (not in the future), a duration of 1 minute to a
 * day, attendees (0 allowed: a recorded webinar), and materials only as an https link.
 */
export function buildSession(v: SessionFormValues, now = Date.now()): Built<SessionInput> {
  const codes: Record<string, string> = {};
  if (!v.needId) codes.needId = 'validation.required';
  if (!isDate(v.date)) codes.date = v.date ? 'validation.invalid_date' : 'validation.required';
  if (!isTime(v.time)) codes.time = v.time ? 'validation.invalid_format' : 'validation.required';
  const heldAt = gulfToIso(v.date, v.time);
  if (heldAt && Date.parse(heldAt) > now + 60_000) codes.date = 'validation.in_future';
  const minutes = joinMinutes(parseWholeNumber(v.hours || '0') ?? -1, parseWholeNumber(v.minutes || '0') ?? -1);
  if (minutes === null || minutes < 1 || minutes > 1440) codes.minutes = 'validation.invalid';
  const attendees = parseWholeNumber(v.attendeeCount);
  if (!v.attendeeCount.trim()) codes.attendeeCount = 'validation.required';
  else if (attendees === null || attendees > 100_000) codes.attendeeCount = 'validation.not_whole';
  const url = v.materialsUrl.trim();
  if (url && !/^https:\/\/\S+$/i.test(url)) codes.materialsUrl = 'validation.invalid_url';
  if (Object.keys(codes).length) return { codes };
  return {
    body: {
      needId: v.needId,
      format: v.format,
      mentorshipId: v.mentorshipId || null,
      topicAr: orNull(v.topicAr),
      topicEn: orNull(v.topicEn),
      heldAt: heldAt!,
      minutes: minutes!,
      attendeeCount: attendees!,
      materialsUrl: url || null,
    },
  };
}
