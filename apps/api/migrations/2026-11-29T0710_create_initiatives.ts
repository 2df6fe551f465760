import { sql, type Kysely } from 'kysely';
import { bigType, isPg, tsType } from './_dialect.ts';

/**
 * Initiatives, their priority tags and needs, uploaded files, and the search index: an FTS5 table
 * on SQLite, a tsvector column (arabic + english configurations) with a GIN index on PostgreSQL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = tsType(db);
  const pg = isPg(db);

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // Stored in the database so every app process serves the same files (no shared disk needed).
    .addColumn('data', pg ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resume_status', 'text')
    .addColumn('title_ar', 'text')
    .addColumn('title_en', 'text')
    .addColumn('summary_ar', 'text')
    .addColumn('summary_en', 'text')
    .addColumn('description_ar', 'text')
    .addColumn('description_en', 'text')
    .addColumn('cover_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('emirate', 'text', (c) => c.notNull())
    .addColumn('area_ar', 'text')
    .addColumn('area_en', 'text')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('beneficiary_groups', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('review_comment', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('submitted_at', ts)
    .addColumn('decided_at', ts)
    .addColumn('published_at', ts)
    .addCheckConstraint('initiatives_has_title', sql`title_ar is not null or title_en is not null`)
    .execute();
  await db.schema.createIndex('initiatives_status_idx').on('initiatives').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('initiatives_org_idx').on('initiatives').column('organisation_id').execute();
  await db.schema.createIndex('initiatives_emirate_idx').on('initiatives').column('emirate').execute();

  await db.schema
    .createTable('initiative_priorities')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    // No cascade: a priority still used by initiatives cannot be deleted (409 priority.in_use).
    .addColumn('priority_id', 'text', (c) => c.notNull().references('priorities.id'))
    .addPrimaryKeyConstraint('initiative_priorities_pk', ['initiative_id', 'priority_id'])
    .execute();
  await db.schema.createIndex('initiative_priorities_priority_idx').on('initiative_priorities').column('priority_id').execute();

  await db.schema
    .createTable('needs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_ar', 'text')
    .addColumn('title_en', 'text')
    .addColumn('target_quantity', bigType(db), (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('deadline', 'text')
    .addColumn('priority_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('public_note', 'text')
    .addColumn('private_note', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint('needs_target_positive', sql`target_quantity > 0`)
    .execute();
  await db.schema.createIndex('needs_initiative_idx').on('needs').column('initiative_id').execute();
  await db.schema.createIndex('needs_kind_idx').on('needs').column('kind').execute();

  if (pg) {
    await sql`alter table initiatives add column search_vector tsvector`.execute(db);
    await sql`create index initiatives_search_idx on initiatives using gin (search_vector)`.execute(db);
  } else {
    await sql`create virtual table initiatives_fts using fts5(initiative_id unindexed, body, tokenize = 'unicode61')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPg(db)) await sql`drop table if exists initiatives_fts`.execute(db);
  for (const t of ['needs', 'initiative_priorities', 'initiatives', 'files']) await db.schema.dropTable(t).execute();
}
