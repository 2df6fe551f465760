import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';

for (const dialect of dialects()) {
  describe(`audit log (${dialect})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(dialect); });
    after(async () => { await t.close(); });

    it('records who changed what, for which organisation, with before and after', async () => {
      const admin = await t.user({ platformRole: 'admin' });
      const owner = await t.user({ name: 'Owner Person' });
      const org = await t.organisation(owner, { verified: false });
      await owner.patch(`/api/v1/organisations/${org.id}`, { nameEn: 'After Name' });
      const r = await admin.get(`/api/v1/audit-events?entityType=organisation&entityId=${org.id}`);
      assert.equal(r.status, 200);
      const actions = r.body.items.map((e: any) => e.action);
      assert.deepEqual(actions, ['organisation.update', 'organisation.create']);
      const update = r.body.items[0];
      assert.equal(update.actorUserId, owner.userId);
      assert.equal(update.actorName, 'Owner Person');
      assert.equal(update.actingOrganisationId, org.id);
      assert.equal(update.before.nameEn, 'Test Society');
      assert.equal(update.after.nameEn, 'After Name');
      assert.ok(update.requestId);
    });

    it('filters by actor, action and date range, newest first, with pagination', async () => {
      const admin = await t.user({ platformRole: 'admin' });
      const u = await t.user();
      for (const name of ['One', 'Two', 'Three']) await u.patch('/api/v1/me', { displayName: name });
      const mine = await admin.get(`/api/v1/audit-events?actorUserId=${u.userId}&action=user.update&pageSize=2`);
      assert.equal(mine.body.total, 3);
      assert.equal(mine.body.items.length, 2);
      assert.equal(mine.body.items[0].after.displayName, 'Three');
      assert.ok(mine.body.actions.includes('user.update'));
      const today = new Date().toISOString().slice(0, 10);
      const dated = await admin.get(`/api/v1/audit-events?actorUserId=${u.userId}&from=${today}&to=${today}`);
      assert.equal(dated.body.total, 3, 'a date-only "to" includes that whole day');
      const past = await admin.get(`/api/v1/audit-events?actorUserId=${u.userId}&to=2020-01-01`);
      assert.equal(past.body.total, 0);
    });

    it('is readable by admins and verifiers only', async () => {
      const verifier = await t.user({ platformRole: 'verifier' });
      const reviewer = await t.user({ platformRole: 'reviewer' });
      const u = await t.user();
      assert.equal((await verifier.get('/api/v1/audit-events')).status, 200);
      assert.equal((await reviewer.get('/api/v1/audit-events')).status, 403);
      assert.equal((await u.get('/api/v1/audit-events')).status, 403);
      assert.equal((await t.client().get('/api/v1/audit-events')).status, 401);
    });

    it('never stores passwords or secrets in snapshots', async () => {
      const admin = await t.user({ platformRole: 'admin' });
      const u = await t.user();
      await u.post('/api/v1/me/tokens', { name: 'Secretive', scopes: ['read'] });
      await u.post('/api/v1/auth/password', { currentPassword: 'correct-horse-battery', newPassword: 'another-long-password' });
      const all = await admin.get(`/api/v1/audit-events?actorUserId=${u.userId}&pageSize=100`);
      const text = JSON.stringify(all.body);
      assert.ok(!text.includes('correct-horse-battery'));
      assert.ok(!text.includes('another-long-password'));
      assert.ok(!/ataa_pat_[\w-]{20,}/.test(text));
    });
  });
}
