import { sql, type Kysely } from 'kysely';
import { isPg, tsType } from './_dialect.ts';

/**
 * The append-only audit log and the mail outbox. The audit table refuses UPDATE and DELETE at the
 * database level (a trigger on each dialect), so not even a bug in the app can rewrite history.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = tsType(db);
  const pg = isPg(db);
  await db.schema
    .createTable('audit_events')
    .addColumn('id', pg ? 'bigint' : 'integer', (c) =>
      pg ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('acting_organisation_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('request_id', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('audit_events_at_idx').on('audit_events').column('at').execute();
  await db.schema.createIndex('audit_events_actor_idx').on('audit_events').column('actor_user_id').execute();
  await db.schema.createIndex('audit_events_org_idx').on('audit_events').column('acting_organisation_id').execute();
  await db.schema.createIndex('audit_events_entity_idx').on('audit_events').columns(['entity_type', 'entity_id']).execute();

  if (pg) {
    await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_events is append-only'; end $$`.execute(db);
    await sql`create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_events_no_update before update on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
    await sql`create trigger audit_events_no_delete before delete on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
  }

  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('sent_at', ts)
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_created_idx').on('outbox_messages').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outbox_messages').execute();
  await db.schema.dropTable('audit_events').execute();
  if (isPg(db)) await sql`drop function if exists audit_events_append_only()`.execute(db);
}
