import { sql, type Kysely } from 'kysely';
import { tsType } from './_dialect.ts';

/** Organisations, their members and pending invitations. */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = tsType(db);
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name_ar', 'text')
    .addColumn('name_en', 'text')
    .addColumn('description_ar', 'text')
    .addColumn('description_en', 'text')
    .addColumn('emirate', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', ts)
    .addColumn('decision_reason', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint('organisations_has_name', sql`name_ar is not null or name_en is not null`)
    .execute();
  await db.schema.createIndex('organisations_status_idx').on('organisations').column('status').execute();

  await db.schema
    .createTable('memberships')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['organisation_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_at', ts)
    .execute();
  await db.schema.createIndex('invitations_email_idx').on('invitations').column('email').execute();
  await db.schema.createIndex('invitations_org_idx').on('invitations').column('organisation_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['invitations', 'memberships', 'organisations']) await db.schema.dropTable(t).execute();
}

