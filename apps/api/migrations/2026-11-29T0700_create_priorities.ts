import type { Kysely } from 'kysely';
import { tsType } from './_dialect.ts';

/** Priority frameworks (SDGs, national, local, platform, organisation), their trees, and the crosswalk. */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = tsType(db);
  await db.schema
    .createTable('frameworks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('source_url', 'text')
    .addColumn('licence', 'text')
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('priorities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('framework_id', 'text', (c) => c.notNull().references('frameworks.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (c) => c.references('priorities.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title_ar', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('short_ar', 'text')
    .addColumn('short_en', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('priorities_framework_code_uq', ['framework_id', 'code'])
    .execute();
  await db.schema.createIndex('priorities_parent_idx').on('priorities').column('parent_id').execute();

  await db.schema
    .createTable('priority_links')
    .addColumn('from_priority_id', 'text', (c) => c.notNull().references('priorities.id').onDelete('cascade'))
    .addColumn('to_priority_id', 'text', (c) => c.notNull().references('priorities.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('priority_links_pk', ['from_priority_id', 'to_priority_id'])
    .execute();
  await db.schema.createIndex('priority_links_to_idx').on('priority_links').column('to_priority_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['priority_links', 'priorities', 'frameworks']) await db.schema.dropTable(t).execute();
}
