import type { Kysely } from 'kysely';
import { tsType } from './_dialect.ts';

/**
 * Who ended a piece of knowledge work early, when and why: an engagement cancelled by its
 * organisation or its expert (logged hours stay, never a contribution), a mentorship ended by its
 * organisation (no new sessions). See docs/volunteering.md.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = tsType(db);
  // One column per statement: SQLite adds a single column per ALTER TABLE.
  await db.schema.alterTable('engagements').addColumn('cancelled_by', 'text', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('engagements').addColumn('cancelled_at', ts).execute();
  await db.schema.alterTable('engagements').addColumn('cancel_reason', 'text').execute();
  await db.schema.alterTable('mentorships').addColumn('ended_by', 'text', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('mentorships').addColumn('ended_at', ts).execute();
  await db.schema.alterTable('mentorships').addColumn('end_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['end_reason', 'ended_at', 'ended_by']) await db.schema.alterTable('mentorships').dropColumn(c).execute();
  for (const c of ['cancel_reason', 'cancelled_at', 'cancelled_by']) await db.schema.alterTable('engagements').dropColumn(c).execute();
}
