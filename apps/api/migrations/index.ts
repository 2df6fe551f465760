// The list of migrations, in order. Kysely sorts by name; names are ISO timestamps. A static list
// (instead of reading the folder) works the same under tsx, bundlers and tests.
import type { Migration } from 'kysely';
import * as m0600 from './2026-11-29T0600_create_identity.ts';
import * as m0610 from './2026-11-29T0610_create_organisations.ts';
import * as m0620 from './2026-11-29T0620_create_audit_and_outbox.ts';
import * as m0700 from './2026-11-29T0700_create_priorities.ts';
import * as m0710 from './2026-11-29T0710_create_initiatives.ts';
import * as m0720 from './2026-11-29T0720_create_ledger.ts';
import * as m0730 from './2026-11-29T0730_create_volunteering.ts';
import * as m0740 from './2026-11-29T0740_create_attendance_and_knowledge.ts';
import * as m0750 from './2026-11-29T0750_engagement_cancel_and_mentorship_end.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-29T0600_create_identity': m0600,
  '2026-11-29T0610_create_organisations': m0610,
  '2026-11-29T0620_create_audit_and_outbox': m0620,
  '2026-11-29T0700_create_priorities': m0700,
  '2026-11-29T0710_create_initiatives': m0710,
  '2026-11-29T0720_create_ledger': m0720,
  '2026-11-29T0730_create_volunteering': m0730,
  '2026-11-29T0740_create_attendance_and_knowledge': m0740,
  '2026-11-29T0750_engagement_cancel_and_mentorship_end': m0750,
};
