// Reference data every installation needs (not demo data): priority frameworks, valuation rules
// and the volunteer skills list.
import type { Db } from './platform/db/database.ts';
import { ensureReferenceData as ensureFrameworks } from './modules/priorities/index.ts';
import { ensureValuationRules } from './modules/contributions/index.ts';
import { ensureVolunteerSkills } from './modules/volunteering/index.ts';

/** Adds whatever reference data is missing; cheap when everything is there. */
export async function ensureReferenceData(db: Db): Promise<void> {
  await ensureFrameworks(db);
  await ensureValuationRules(db);
  await ensureVolunteerSkills(db);
}
