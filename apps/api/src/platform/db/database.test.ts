import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb, dialects, type TestDb } from '../../../test/db.ts';
import { migrationsAreCurrent } from './migrate.ts';
import { dialectOf, isUniqueViolation, nowIso } from './database.ts';

for (const dialect of dialects()) {
  describe(`database (${dialect})`, () => {
    let t: TestDb;
    before(async () => { t = await createTestDb(dialect); });
    after(async () => { await t.drop(); });

    it('reports its dialect and current migrations', async () => {
      assert.equal(dialectOf(t.db), dialect);
      assert.equal(await migrationsAreCurrent(t.db), true);
    });

    it('returns timestamps as ISO strings and big integers as numbers on both dialects', async () => {
      const at = '2026-03-20T08:15:30.123Z';
      await t.db.insertInto('audit_events').values({ at, actor_user_id: null, acting_organisation_id: null, action: 'test.types', entity_type: 'test', entity_id: null, before_json: null, after_json: null, request_id: null, ip: null }).execute();
      const row = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'test.types').executeTakeFirstOrThrow();
      assert.equal(row.at, at);
      assert.equal(typeof row.id, 'number');
      const count = await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(typeof count.n === 'string' ? Number(count.n) : count.n, Number(count.n));
    });

    it('keeps Arabic text byte-exact', async () => {
      const name = 'جَمعيّة بيتِ الخير — إمارة دبي';
      const now = nowIso();
      await t.db.insertInto('users').values({ id: '00000000-0000-4000-8000-000000000001', email: 'ar@example.test', password_hash: 'x', display_name: name, locale: 'ar', platform_role: null, created_at: now, updated_at: now, disabled_at: null }).execute();
      const u = await t.db.selectFrom('users').select('display_name').where('email', '=', 'ar@example.test').executeTakeFirstOrThrow();
      assert.equal(u.display_name, name);
    });

    it('recognises unique violations on both dialects', async () => {
      const now = nowIso();
      const row = { id: '00000000-0000-4000-8000-000000000002', email: 'dup@example.test', password_hash: 'x', display_name: 'Dup', locale: 'en', platform_role: null, created_at: now, updated_at: now, disabled_at: null };
      await t.db.insertInto('users').values(row).execute();
      await assert.rejects(t.db.insertInto('users').values({ ...row, id: '00000000-0000-4000-8000-000000000003' }).execute(), (err) => isUniqueViolation(err));
    });

    it('refuses to update or delete audit events, even behind the application', async () => {
      await assert.rejects(t.db.updateTable('audit_events').set({ action: 'forged' }).execute(), /append-only/);
      await assert.rejects(t.db.deleteFrom('audit_events').execute(), /append-only/);
      const forged = await t.db.selectFrom('audit_events').select('id').where('action', '=', 'forged').execute();
      assert.equal(forged.length, 0);
    });
  });
}
