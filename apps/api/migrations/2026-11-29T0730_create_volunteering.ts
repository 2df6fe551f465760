import type { Kysely } from 'kysely';
import { tsType } from './_dialect.ts';

/** Volunteer profiles, opportunities, their shifts and sign-ups (with waitlists). */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = tsType(db);
  await db.schema
    .createTable('volunteer_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('date_of_birth', 'text')
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('emirate', 'text')
    .addColumn('availability', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('emergency_contact', 'text')
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('opportunities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('need_id', 'text', (c) => c.references('needs.id'))
    .addColumn('title_ar', 'text')
    .addColumn('title_en', 'text')
    .addColumn('description_ar', 'text')
    .addColumn('description_en', 'text')
    .addColumn('emirate', 'text', (c) => c.notNull())
    .addColumn('area_ar', 'text')
    .addColumn('area_en', 'text')
    .addColumn('address', 'text')
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('min_age', 'integer')
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('everyone'))
    .addColumn('instructions_ar', 'text')
    .addColumn('instructions_en', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opportunities_org_idx').on('opportunities').column('organisation_id').execute();

  await db.schema
    .createTable('shifts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('starts_at', ts, (c) => c.notNull())
    .addColumn('ends_at', ts, (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shifts_opportunity_idx').on('shifts').columns(['opportunity_id', 'starts_at']).execute();

  await db.schema
    .createTable('shift_signups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shift_id', 'text', (c) => c.notNull().references('shifts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('shift_signups_once', ['shift_id', 'user_id'])
    .execute();
  await db.schema.createIndex('shift_signups_shift_idx').on('shift_signups').columns(['shift_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('shift_signups_user_idx').on('shift_signups').columns(['user_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['shift_signups', 'shifts', 'opportunities', 'volunteer_profiles']) await db.schema.dropTable(t).execute();
}
