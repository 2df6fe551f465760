// Volunteering tables (see docs/volunteering.md); part of the `Database` type in schema.ts.
export interface VolunteerProfilesTable {
  user_id: string;
  date_of_birth: string | null;
  skills: string;
  languages: string;
  emirate: string | null;
  /** Free-text neighbourhood within the emirate. */
  area: string | null;
  /** JSON list of priority ids the volunteer cares about (areas, local aims, SDGs). */
  interests: string;
  availability: string;
  /** Private: shown to an organisation only for volunteers signed up to its shifts. */
  emergency_contact: string | null;
  updated_at: string;
}

export interface OpportunitiesTable {
  id: string;
  organisation_id: string;
  initiative_id: string;
  need_id: string | null;
  title_ar: string | null;
  title_en: string | null;
  description_ar: string | null;
  description_en: string | null;
  emirate: string;
  area_ar: string | null;
  area_en: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  skills: string;
  languages: string;
  min_age: number | null;
  /** `everyone | women | men | families` */
  audience: string;
  instructions_ar: string | null;
  instructions_en: string | null;
  /** `open | closed` */
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ShiftsTable {
  id: string;
  opportunity_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  /** `scheduled | cancelled` */
  status: string;
  /** Short code shown on site for self check-in (created on first request). */
  check_code: string | null;
  created_at: string;
  updated_at: string;
}

export interface ShiftSignupsTable {
  id: string;
  shift_id: string;
  user_id: string;
  /** `confirmed | waitlisted | cancelled` */
  status: string;
  /** When the day-before reminder went out (sent once). */
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One volunteer's attendance at one shift: the organiser's record and the volunteer's claim, apart. */
export interface ShiftAttendanceTable {
  id: string;
  signup_id: string;
  shift_id: string;
  user_id: string;
  organisation_id: string;
  checked_in_at: string | null;
  checked_out_at: string | null;
  /** `roster` (organiser) or `code` (volunteer entered the on-site code). */
  check_in_source: string | null;
  recorded_by: string | null;
  claimed_start_at: string | null;
  claimed_end_at: string | null;
  claimed_note: string | null;
  claimed_at: string | null;
  /** JSON list of plausibility flags: `overlap`, `over_12h_day`, `checkout_before_checkin`, `outside_window`. */
  flags: string;
  /** `present | claimed | flagged | verified | rejected` */
  status: string;
  verified_minutes: number | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  contribution_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CertificatesTable {
  id: string;
  /** Public verification token (the URL shows hours and issuer only). */
  token: string;
  user_id: string;
  /** `shift | organisation | year` */
  scope: string;
  organisation_id: string | null;
  shift_id: string | null;
  year: number | null;
  minutes: number;
  issuer_ar: string;
  issuer_en: string;
  period_from: string;
  period_to: string;
  issued_at: string;
}

export interface CalendarFeedsTable {
  token: string;
  /** `user | organisation` */
  owner_type: string;
  owner_id: string;
  created_at: string;
}

export interface ExpertiseOffersTable {
  id: string;
  need_id: string;
  organisation_id: string;
  user_id: string;
  proposal: string;
  estimated_hours: number | null;
  /** `offered | accepted | declined | withdrawn` */
  status: string;
  created_at: string;
  updated_at: string;
}

export interface EngagementsTable {
  id: string;
  offer_id: string;
  need_id: string;
  organisation_id: string;
  expert_user_id: string;
  /** Valuation level of the need (`junior | mid | senior | expert`). */
  level: string;
  scope: string;
  deliverables: string;
  /** `active | signed_off | cancelled` */
  status: string;
  signed_off_by: string | null;
  signed_off_at: string | null;
  contribution_id: string | null;
  /** Who cancelled it (a manager of the organisation, or the expert), when and why. */
  cancelled_by: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface EngagementLogsTable {
  id: string;
  engagement_id: string;
  worked_on: string;
  minutes: number;
  note: string | null;
  created_at: string;
}

export interface MentorshipsTable {
  id: string;
  organisation_id: string;
  need_id: string;
  mentor_user_id: string;
  mentee_user_ids: string;
  mentee_names: string;
  topic_ar: string | null;
  topic_en: string | null;
  /** `active | ended` */
  status: string;
  /** The manager who ended it, when, and why (optional). */
  ended_by: string | null;
  ended_at: string | null;
  end_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface KnowledgeSessionsTable {
  id: string;
  organisation_id: string;
  need_id: string;
  /** `mentoring | training | workshop` */
  format: string;
  mentorship_id: string | null;
  host_user_id: string;
  topic_ar: string | null;
  topic_en: string | null;
  held_at: string;
  minutes: number;
  /** Output for the impact framework (people reached). */
  attendee_count: number;
  materials_url: string | null;
  /** `reported | confirmed | rejected` */
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  contribution_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The bilingual skills list platform admins keep (defaults from src/data/volunteer-skills.json). */
export interface VolunteerSkillsTable {
  /** `a-z0-9_`; what profiles and opportunities store (or free text). Never deleted. */
  code: string;
  name_ar: string;
  name_en: string;
  /** `0 | 1`: inactive skills leave the public list; values already stored keep working. */
  active: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}
