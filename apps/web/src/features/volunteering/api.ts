// Typed calls for the volunteer's side of docs/volunteering.md: opportunities, shifts, sign-ups,
// attendance (check-in, self-reported hours), the volunteer profile and the calendar feed.
import { api, type Page } from '../../lib/api.ts';
import type { Emirate } from '../../../../../packages/shared/src/enums.ts';
import type { Priority } from '../priorities/api.ts';

const enc = encodeURIComponent;

/** Who an opportunity is for. */
export type Audience = 'everyone' | 'women' | 'men' | 'families';
/** A bilingual name, as organisations and skills carry it. */
export interface Named {
  nameAr: string | null;
  nameEn: string | null;
}

/** What an organisation writes about an opportunity (the workspace's form sends the same fields). */
export interface OpportunityContent {
  titleAr: string | null;
  titleEn: string | null;
  descriptionAr: string | null;
  descriptionEn: string | null;
  emirate: Emirate;
  areaAr: string | null;
  areaEn: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Skill codes from the list, or free text. */
  skills: string[];
  /** ISO 639-1 codes. */
  languages: string[];
  minAge: number | null;
  audience: Audience;
  instructionsAr: string | null;
  instructionsEn: string | null;
}

/** An opportunity as the public list and page show it. */
export interface Opportunity extends OpportunityContent {
  id: string;
  organisationId: string;
  initiativeId: string;
  needId: string | null;
  status: 'open' | 'closed';
  createdAt: string;
  /** The organisation that runs it (the list and the single page both name it). */
  organisation: { id: string } & Named;
}

/** A shift is on, or the organisation called it off. */
export type ShiftStatus = 'scheduled' | 'cancelled';

/** A shift with how full it is. */
export interface Shift {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  status: ShiftStatus;
  confirmed: number;
  waitlisted: number;
  placesLeft: number;
}

/** `GET /opportunities/:id`. */
export interface OpportunityDetail extends Opportunity {
  shifts: Shift[];
}

/** Filters of the opportunity list (dates as YYYY-MM-DD). */
export interface OpportunityQuery {
  page: number;
  pageSize: number;
  emirate?: string;
  from?: string;
  to?: string;
  skill?: string;
  language?: string;
  priorityId?: string;
  q?: string;
}

/** One skill of the shared bilingual list. */
export interface Skill extends Named {
  code: string;
}

/** Attendance statuses (docs/volunteering.md). */
export type AttendanceStatus = 'present' | 'claimed' | 'flagged' | 'verified' | 'rejected';
/** Why a claim was flagged as implausible. */
export type AttendanceFlag = 'overlap' | 'over_12h_day' | 'checkout_before_checkin' | 'outside_window';

/** My attendance at a shift: what the organiser recorded and what I claimed, kept apart. */
export interface Attendance {
  id: string;
  status: AttendanceStatus;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  claimedStartAt: string | null;
  claimedEndAt: string | null;
  claimedNote?: string | null;
  verifiedMinutes: number | null;
  flags: AttendanceFlag[];
  /** Why the organisation adjusted or rejected the hours. */
  decisionReason?: string | null;
}

/** One of my sign-ups (`GET /me/shifts`). */
export interface MyShift {
  id: string;
  status: 'confirmed' | 'waitlisted';
  shiftId: string;
  startsAt: string;
  endsAt: string;
  /** `cancelled` when the organisation called the shift off. */
  shiftStatus?: ShiftStatus;
  opportunity: { id: string; titleAr: string | null; titleEn: string | null; emirate: Emirate; organisation: { id: string } & Named };
  attendance?: Attendance | null;
}

/** A weekly availability row. */
export interface AvailabilityRow {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  from: string;
  to: string;
}

/** `GET/PUT /me/volunteer-profile`. */
export interface VolunteerProfile {
  dateOfBirth: string | null;
  skills: string[];
  languages: string[];
  emirate: Emirate | null;
  /** Neighbourhood within the emirate (free text). */
  area: string | null;
  availability: AvailabilityRow[];
  /** Private: shown only to organisations whose shifts I sign up for. */
  emergencyContact: string | null;
  /** Priorities I care about, at any level (with titles for display). */
  interests: Priority[];
}

/** What saving the profile sends: interests as ids. */
export interface VolunteerProfileInput extends Omit<VolunteerProfile, 'interests'> {
  interests: string[];
}

/** Opportunities open for sign-up, with filters and pages (public). */
export const listOpportunities = (q: OpportunityQuery) => api.get<Page<Opportunity>>('/opportunities', { ...q });
/** One opportunity with its shifts and places left (public). */
export const getOpportunity = (id: string) => api.get<OpportunityDetail>(`/opportunities/${enc(id)}`);
/** The bilingual skills list (public). */
export const listSkills = () => api.get<{ items: Skill[] }>('/volunteer-skills');

/** Signs me up: confirmed while places remain, else on the waitlist. */
export const signUp = (shiftId: string) => api.post<{ id: string; shiftId: string; status: MyShift['status'] }>(`/shifts/${enc(shiftId)}/signups`, {});
/** Gives my place up (the first on the waitlist is promoted). */
export const cancelSignup = (shiftId: string) => api.delete(`/shifts/${enc(shiftId)}/signups/me`);
/** My sign-ups with their shift, opportunity and attendance. */
export const listMyShifts = () => api.get<{ items: MyShift[] }>('/me/shifts');

/** Checks me in or out with the code shown on site. */
export const checkIn = (shiftId: string, body: { code: string; action: 'in' | 'out' }) => api.post<Attendance>(`/shifts/${enc(shiftId)}/check-in`, body);
/** Reports the hours I gave, after the shift. */
export const reportHours = (shiftId: string, body: { startedAt: string; endedAt: string; note?: string }) => api.post<Attendance>(`/shifts/${enc(shiftId)}/hours`, body);

/** My volunteer profile (private fields included). */
export const getProfile = () => api.get<VolunteerProfile>('/me/volunteer-profile');
/** Saves my volunteer profile (the whole profile: what is left out is cleared). */
export const saveProfile = (body: VolunteerProfileInput) => api.put<VolunteerProfile>('/me/volunteer-profile', body);

/** My calendar feed: its https address and the webcal:// one that makes apps subscribe. */
export interface CalendarFeed {
  url: string;
  webcalUrl?: string;
}

/** The private address of my calendar feed (created on first use). */
export const getCalendar = () => api.get<CalendarFeed>('/me/calendar');
/** Replaces my calendar feed's address (the old one stops working). */
export const resetCalendar = () => api.post<CalendarFeed>('/me/calendar/reset', {});
