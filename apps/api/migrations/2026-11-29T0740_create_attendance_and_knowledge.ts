import { sql, type Kysely } from 'kysely';
import { tsType } from './_dialect.ts';

/**
 * Attendance and verified hours, certificates, calendar feeds, expertise engagements and
 * knowledge sharing (mentoring, training, workshops). See docs/volunteering.md.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = tsType(db);
  // A short code shown on site (and in a QR code) lets volunteers check themselves in; null until
  // first asked for. `changed_at` tells volunteers when the organiser moved the shift.
  await db.schema.alterTable('shifts').addColumn('check_code', 'text').execute();
  await db.schema.alterTable('shift_signups').addColumn('reminded_at', ts).execute();
  // Interests (priority ids at any level: an Ataa area, a local aim, an SDG) and the home area.
  await db.schema.alterTable('volunteer_profiles').addColumn('interests', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('volunteer_profiles').addColumn('area', 'text').execute();
  // Verified hours, engagements and sessions are found by their source record (idempotency).
  // Partial: most contributions (pledges) have no reference and pay nothing for this index.
  await db.schema.createIndex('contributions_reference_idx').on('contributions').column('reference').where(sql.ref('reference'), 'is not', null).execute();

  await db.schema
    .createTable('shift_attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('signup_id', 'text', (c) => c.notNull().unique().references('shift_signups.id'))
    .addColumn('shift_id', 'text', (c) => c.notNull().references('shifts.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    // What the organiser saw (roster) or the volunteer's on-site code scan recorded.
    .addColumn('checked_in_at', ts)
    .addColumn('checked_out_at', ts)
    .addColumn('check_in_source', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    // What the volunteer reported afterwards: kept apart from the organiser's record.
    .addColumn('claimed_start_at', ts)
    .addColumn('claimed_end_at', ts)
    .addColumn('claimed_note', 'text')
    .addColumn('claimed_at', ts)
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('verified_minutes', 'integer')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', ts)
    .addColumn('decision_reason', 'text')
    .addColumn('contribution_id', 'text', (c) => c.references('contributions.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shift_attendance_shift_idx').on('shift_attendance').columns(['shift_id', 'status']).execute();
  await db.schema.createIndex('shift_attendance_user_idx').on('shift_attendance').columns(['user_id', 'status']).execute();
  await db.schema.createIndex('shift_attendance_org_idx').on('shift_attendance').columns(['organisation_id', 'status']).execute();

  await db.schema
    .createTable('certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('shift_id', 'text', (c) => c.references('shifts.id'))
    .addColumn('year', 'integer')
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('issuer_ar', 'text', (c) => c.notNull())
    .addColumn('issuer_en', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('issued_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('certificates_user_idx').on('certificates').columns(['user_id', 'issued_at']).execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('calendar_feeds_owner', ['owner_type', 'owner_id'])
    .execute();

  await db.schema
    .createTable('expertise_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('need_id', 'text', (c) => c.notNull().references('needs.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('proposal', 'text', (c) => c.notNull())
    .addColumn('estimated_hours', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('expertise_offers_once', ['need_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('engagements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('offer_id', 'text', (c) => c.notNull().unique().references('expertise_offers.id'))
    .addColumn('need_id', 'text', (c) => c.notNull().references('needs.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('expert_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('deliverables', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('signed_off_by', 'text', (c) => c.references('users.id'))
    .addColumn('signed_off_at', ts)
    .addColumn('contribution_id', 'text', (c) => c.references('contributions.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagements_org_idx').on('engagements').columns(['organisation_id', 'status']).execute();
  await db.schema.createIndex('engagements_expert_idx').on('engagements').columns(['expert_user_id', 'status']).execute();

  await db.schema
    .createTable('engagement_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id'))
    .addColumn('worked_on', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagement_logs_engagement_idx').on('engagement_logs').columns(['engagement_id', 'worked_on']).execute();

  await db.schema
    .createTable('mentorships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('need_id', 'text', (c) => c.notNull().references('needs.id'))
    .addColumn('mentor_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('mentee_user_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('mentee_names', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('topic_ar', 'text')
    .addColumn('topic_en', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('knowledge_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('need_id', 'text', (c) => c.notNull().references('needs.id'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('mentorship_id', 'text', (c) => c.references('mentorships.id'))
    .addColumn('host_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('topic_ar', 'text')
    .addColumn('topic_en', 'text')
    .addColumn('held_at', ts, (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('attendee_count', 'integer', (c) => c.notNull())
    .addColumn('materials_url', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', ts)
    .addColumn('decision_reason', 'text')
    .addColumn('contribution_id', 'text', (c) => c.references('contributions.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('knowledge_sessions_org_idx').on('knowledge_sessions').columns(['organisation_id', 'status']).execute();
  await db.schema.createIndex('knowledge_sessions_host_idx').on('knowledge_sessions').columns(['host_user_id', 'status']).execute();

  // The bilingual skills list admins keep (seeded from src/data/volunteer-skills.json on start).
  // Profiles and opportunities store a code or free text, so a skill is deactivated, never deleted.
  await db.schema
    .createTable('volunteer_skills')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('volunteer_skills').execute();
  for (const t of ['knowledge_sessions', 'mentorships', 'engagement_logs', 'engagements', 'expertise_offers', 'calendar_feeds', 'certificates', 'shift_attendance']) await db.schema.dropTable(t).execute();
  await db.schema.dropIndex('contributions_reference_idx').execute();
  await db.schema.alterTable('volunteer_profiles').dropColumn('area').execute();
  await db.schema.alterTable('volunteer_profiles').dropColumn('interests').execute();
  await db.schema.alterTable('shift_signups').dropColumn('reminded_at').execute();
  await db.schema.alterTable('shifts').dropColumn('check_code').execute();
}
