import { sql, type Kysely } from 'kysely';
import { bigType, isPg, tsType } from './_dialect.ts';

/** Refuses UPDATE and DELETE on a table, on both dialects (append-only at the database level). */
async function appendOnly(db: Kysely<any>, table: string): Promise<void> {
  if (isPg(db)) {
    await sql.raw(`create function ${table}_append_only() returns trigger language plpgsql as $$
      begin raise exception '${table} is append-only'; end $$`).execute(db);
    await sql.raw(`create trigger ${table}_no_change before update or delete on ${table}
      for each row execute function ${table}_append_only()`).execute(db);
  } else {
    await sql.raw(`create trigger ${table}_no_update before update on ${table} begin select raise(abort, '${table} is append-only'); end`).execute(db);
    await sql.raw(`create trigger ${table}_no_delete before delete on ${table} begin select raise(abort, '${table} is append-only'); end`).execute(db);
  }
}

/**
 * The contribution ledger: hash-chained append-only entries, the contributions projection,
 * double-entry postings and account balances for money, versioned valuation rules, receipts,
 * recurring pledges, idempotency keys and daily chain roots.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = tsType(db);
  const big = bigType(db);

  await db.schema
    .createTable('valuation_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('rate_fils', big, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('valuation_rules_version_uq', ['kind', 'level', 'version'])
    .addCheckConstraint('valuation_rules_rate_nonneg', sql`rate_fils >= 0`)
    .execute();
  await appendOnly(db, 'valuation_rules');

  // A pooled fund: money given "where most needed" (or to a theme), managed by an organisation
  // that confirms receipts; allocation rounds (capability 7) spend it on needs.
  await db.schema
    .createTable('funds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_ar', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_ar', 'text')
    .addColumn('description_en', 'text')
    .addColumn('designations', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('managing_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('seq', big, (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('entry_type', 'text', (c) => c.notNull())
    .addColumn('contribution_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('acting_organisation_id', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull().unique())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema.createIndex('ledger_entries_contribution_idx').on('ledger_entries').columns(['contribution_id', 'seq']).execute();
  await appendOnly(db, 'ledger_entries');

  await db.schema
    .createTable('contributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contributor_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('contributor_organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('contributor_name', 'text')
    .addColumn('need_id', 'text', (c) => c.references('needs.id'))
    .addColumn('initiative_id', 'text', (c) => c.references('initiatives.id'))
    .addColumn('fund_id', 'text', (c) => c.references('funds.id'))
    .addColumn('receiving_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('quantity', big, (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('value_fils', big, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('valuation_rule_id', 'text', (c) => c.references('valuation_rules.id'))
    .addColumn('valuation_basis', 'text', (c) => c.notNull())
    .addColumn('designation', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('reference', 'text')
    .addColumn('evidence_note', 'text')
    .addColumn('recurring_pledge_id', 'text')
    .addColumn('first_seq', big, (c) => c.notNull())
    .addColumn('last_seq', big, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('confirmed_at', ts)
    .addCheckConstraint('contributions_quantity_positive', sql`quantity > 0`)
    .addCheckConstraint('contributions_value_nonneg', sql`value_fils >= 0`)
    .addCheckConstraint('contributions_one_target', sql`(need_id is null) <> (fund_id is null)`)
    .execute();
  await db.schema.createIndex('contributions_fund_idx').on('contributions').columns(['fund_id', 'status']).execute();
  await db.schema.createIndex('contributions_need_idx').on('contributions').columns(['need_id', 'status']).execute();
  await db.schema.createIndex('contributions_user_idx').on('contributions').columns(['contributor_user_id', 'created_at']).execute();
  await db.schema.createIndex('contributions_org_idx').on('contributions').columns(['contributor_organisation_id', 'created_at']).execute();
  await db.schema.createIndex('contributions_receiver_idx').on('contributions').columns(['receiving_organisation_id', 'created_at']).execute();

  // Evidence attached to a contribution (a bank slip, a delivery note, a photo): files, not ledger facts.
  await db.schema
    .createTable('contribution_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contribution_id', 'text', (c) => c.notNull().references('contributions.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contribution_evidence_idx').on('contribution_evidence').column('contribution_id').execute();

  await db.schema
    .createTable('postings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_seq', big, (c) => c.notNull().references('ledger_entries.seq'))
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('amount_fils', big, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('designation', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('postings_entry_idx').on('postings').column('entry_seq').execute();
  await db.schema.createIndex('postings_account_idx').on('postings').column('account').execute();
  await appendOnly(db, 'postings');

  await db.schema
    .createTable('accounts')
    .addColumn('account', 'text', (c) => c.primaryKey())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('balance_fils', big, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('response_status', 'integer', (c) => c.notNull())
    .addColumn('response_body', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();

  await db.schema
    .createTable('receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('contribution_id', 'text', (c) => c.notNull().unique().references('contributions.id'))
    .addColumn('public_token', 'text', (c) => c.notNull().unique())
    .addColumn('issued_at', ts, (c) => c.notNull())
    .addUniqueConstraint('receipts_org_number_uq', ['organisation_id', 'number'])
    .execute();

  await db.schema
    .createTable('recurring_pledges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contributor_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('contributor_organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('need_id', 'text', (c) => c.references('needs.id'))
    .addColumn('fund_id', 'text', (c) => c.references('funds.id'))
    .addColumn('amount_fils', big, (c) => c.notNull())
    .addColumn('designation', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('next_run_on', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recurring_pledges_due_idx').on('recurring_pledges').columns(['status', 'next_run_on']).execute();

  await db.schema
    .createTable('ledger_daily_roots')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('last_seq', big, (c) => c.notNull())
    .addColumn('root_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await appendOnly(db, 'ledger_daily_roots');
}

export async function down(): Promise<void> {
  // Irreversible on purpose: dropping the ledger would destroy the record of what people gave.
}
