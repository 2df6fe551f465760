// Volunteering tables (see docs/volunteering.md); part of the `Database` type in schema.ts.
export interface VolunteerProfilesTable {
  user_id: string;
  date_of_birth: string | null;
  skills: string;
  languages: string;
  emirate: string | null;
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
  created_at: string;
  updated_at: string;
}

export interface ShiftSignupsTable {
  id: string;
  shift_id: string;
  user_id: string;
  /** `confirmed | waitlisted | cancelled` */
  status: string;
  created_at: string;
  updated_at: string;
}
