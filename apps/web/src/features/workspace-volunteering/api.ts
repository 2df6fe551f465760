// Calls and shapes of the volunteering API for an organisation's workspace (docs/volunteering.md).
// Fields the contract does not spell out are optional here, so a page degrades instead of breaking.
import { api, type Page } from '../../lib/api.ts';
import type { Attendance as VolunteerAttendance, AttendanceFlag, Audience, OpportunityContent, Shift, ShiftStatus } from '../volunteering/api.ts';

// The shapes both sides of volunteering share are defined once, with the volunteer's calls.
export type { AttendanceFlag, AttendanceStatus, Audience, Shift, ShiftStatus } from '../volunteering/api.ts';

export const AUDIENCES: readonly Audience[] = ['everyone', 'women', 'men', 'families'];

/** Body of `POST /organisations/:orgId/opportunities`. */
export interface OpportunityInput extends OpportunityContent {
  initiativeId: string;
  needId: string;
}

/** An opportunity as the API presents it. */
export interface Opportunity extends OpportunityInput {
  id: string;
  organisationId: string;
  status: 'open' | 'closed';
  createdAt: string;
}

/** An opportunity in the organisation's list, with how many shifts it has. */
export interface OpportunitySummary extends Opportunity {
  shiftCounts?: { total: number; upcoming: number; cancelled: number };
}

/** `GET /opportunities/:id`. */
export interface OpportunityDetail extends Opportunity {
  shifts: Shift[];
}

/** Body of `POST /opportunities/:id/shifts`: one shift or a weekly series (times in Gulf time). */
export type ShiftsInput =
  | { startsAt: string; endsAt: string; capacity: number }
  | { weekly: { weekdays: number[]; from: string; until: string; startTime: string; endTime: string }; capacity: number };

/** Body of `PATCH /shifts/:id`. */
export interface ShiftPatch {
  startsAt?: string;
  endsAt?: string;
  capacity?: number;
}

export const FLAGS: readonly AttendanceFlag[] = ['overlap', 'over_12h_day', 'checkout_before_checkin', 'outside_window'];

/** One volunteer's attendance at one shift: the organiser's record and the volunteer's claim, apart. */
export interface Attendance extends Omit<VolunteerAttendance, 'id'> {
  id?: string;
  contributionId?: string | null;
}

export type SignupStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** One line of a shift's roster; the private fields are sent only here. */
export interface RosterEntry {
  signupId: string;
  status: SignupStatus;
  volunteer: {
    userId: string;
    displayName: string;
    email: string;
    skills: string[];
    languages: string[];
    emergencyContact: string | null;
  };
  attendance: Attendance | null;
}

/** The shift a roster is for (the opportunity's id and titles when the API sends them). */
export interface RosterShift {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  status: ShiftStatus;
  opportunityId?: string;
  titleAr?: string | null;
  titleEn?: string | null;
  opportunity?: { id: string; titleAr: string | null; titleEn: string | null };
}

export interface Roster {
  shift: RosterShift;
  items: RosterEntry[];
}

/** The on-site check-in code of a shift and its QR code (an SVG document, as text). */
export interface CheckCode {
  code: string;
  validFrom: string;
  validUntil: string;
  url: string;
  qrSvg: string;
}

/** Body of `POST /shifts/:id/attendance`. */
export interface AttendanceMark {
  userId: string;
  action: 'check_in' | 'check_out' | 'set';
  at?: string;
  checkedInAt?: string;
  checkedOutAt?: string;
}

/** One record in the hours-to-verify list. */
export interface AttendanceRecord extends Attendance {
  id: string;
  /** Whole minutes of each side's span (null when incomplete or reversed). */
  organiserMinutes?: number | null;
  claimedMinutes?: number | null;
  volunteer: { userId: string; displayName: string };
  shift: { id: string; startsAt: string; endsAt: string };
  opportunity: { id: string; titleAr: string | null; titleEn: string | null };
  decidedAt?: string | null;
}

export type Decision = { action: 'verify'; reason?: string } | { action: 'adjust'; minutes: number; reason: string } | { action: 'reject'; reason: string };

/** Answer of the bulk verification: flagged ones are skipped (each needs a reason). */
export interface BulkResult {
  verified: string[];
  skipped: { id: string; code: string }[];
}

/** One entry of the bilingual skills list. */
export interface Skill {
  code: string;
  nameAr: string;
  nameEn: string;
}

const enc = encodeURIComponent;
const org = (orgId: string) => `/organisations/${enc(orgId)}`;

export const listOrgOpportunities = (orgId: string, page: number) =>
  api.get<Page<OpportunitySummary>>(`${org(orgId)}/opportunities`, { page, pageSize: 20 });
export const createOpportunity = (orgId: string, body: OpportunityInput) => api.post<Opportunity>(`${org(orgId)}/opportunities`, body);
export const getOpportunity = (id: string) => api.get<OpportunityDetail>(`/opportunities/${enc(id)}`);
export const addShifts = (opportunityId: string, body: ShiftsInput) => api.post<{ items: Pick<Shift, 'id' | 'startsAt' | 'endsAt' | 'capacity'>[] }>(`/opportunities/${enc(opportunityId)}/shifts`, body);
export const updateShift = (id: string, body: ShiftPatch) => api.patch<unknown>(`/shifts/${enc(id)}`, body);
export const cancelShift = (id: string, reason: string) => api.post<unknown>(`/shifts/${enc(id)}/cancel`, { reason });
export const getRoster = (shiftId: string) => api.get<Roster>(`/shifts/${enc(shiftId)}/roster`);
export const getCheckCode = (shiftId: string) => api.get<CheckCode>(`/shifts/${enc(shiftId)}/check-code`);
export const markAttendance = (shiftId: string, body: AttendanceMark) => api.post<unknown>(`/shifts/${enc(shiftId)}/attendance`, body);
export const listAttendance = (orgId: string, status: string, page: number) =>
  api.get<Page<AttendanceRecord>>(`${org(orgId)}/attendance`, { status, page, pageSize: 20 });
export const decideAttendance = (id: string, body: Decision) => api.post<Attendance & { valueFils: number | null }>(`/attendance/${enc(id)}/decision`, body);
export const verifyAttendance = (orgId: string, ids: string[]) => api.post<BulkResult>(`${org(orgId)}/attendance/verify`, { ids });
export const listSkills = () => api.get<{ items: Skill[] }>('/volunteer-skills');
