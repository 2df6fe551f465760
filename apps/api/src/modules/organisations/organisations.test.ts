import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type SignedInClient, type TestApp } from '../../../test/app.ts';

for (const dialect of dialects()) {
  describe(`organisations (${dialect})`, () => {
    let t: TestApp;
    let admin: SignedInClient;
    before(async () => {
      t = await createTestApp(dialect);
      admin = await t.user({ platformRole: 'admin' });
    });
    after(async () => { await t.close(); });

    it('creates an organisation of each type, owned by its creator and pending review', async () => {
      const owner = await t.user();
      for (const type of ['government', 'semi_government', 'private_company', 'nonprofit', 'community_group']) {
        const r = await owner.post('/api/v1/organisations', { type, nameAr: 'جهة تجريبية', emirate: 'sharjah' });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        assert.equal(r.body.status, 'pending');
        assert.equal(r.body.myRole, 'owner');
        assert.equal(r.body.nameEn, null);
      }
      const s = await owner.get('/api/v1/session');
      assert.equal(s.body.memberships.length, 5);
    });

    it('requires a name in at least one language', async () => {
      const owner = await t.user();
      const r = await owner.post('/api/v1/organisations', { type: 'nonprofit', emirate: 'dubai' });
      assert.equal(r.status, 400);
      assert.equal(r.body.error.details.fields[0].code, 'validation.name_required');
    });

    it('keeps unverified organisations out of public view until an admin verifies them', async () => {
      const owner = await t.user();
      const stranger = await t.user();
      const org = await t.organisation(owner, { verified: false, nameAr: 'جمعية غير موثقة' });
      assert.equal((await t.client().get(`/api/v1/organisations/${org.id}`)).status, 404);
      assert.equal((await stranger.get(`/api/v1/organisations/${org.id}`)).status, 404);
      assert.equal((await owner.get(`/api/v1/organisations/${org.id}`)).status, 200);
      const publicList = await t.client().get('/api/v1/organisations?pageSize=100');
      assert.ok(!publicList.body.items.some((o: any) => o.id === org.id));
      const queue = await admin.get('/api/v1/admin/organisations?status=pending&pageSize=100');
      assert.ok(queue.body.items.some((o: any) => o.id === org.id));

      assert.equal((await owner.post(`/api/v1/organisations/${org.id}/decision`, { decision: 'verify' })).status, 403, 'owners cannot verify themselves');
      const v = await admin.post(`/api/v1/organisations/${org.id}/decision`, { decision: 'verify' });
      assert.equal(v.status, 200);
      assert.equal(v.body.status, 'verified');
      assert.equal((await t.client().get(`/api/v1/organisations/${org.id}`)).body.status, 'verified');
      const again = await admin.post(`/api/v1/organisations/${org.id}/decision`, { decision: 'verify' });
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'organisation.already_decided');
    });

    it('needs a reason to reject, and shows it to members only', async () => {
      const owner = await t.user();
      const org = await t.organisation(owner, { verified: false });
      const noReason = await admin.post(`/api/v1/organisations/${org.id}/decision`, { decision: 'reject' });
      assert.equal(noReason.status, 400);
      const r = await admin.post(`/api/v1/organisations/${org.id}/decision`, { decision: 'reject', reason: 'الرخصة منتهية' });
      assert.equal(r.status, 200);
      const mine = await owner.get(`/api/v1/organisations/${org.id}`);
      assert.equal(mine.body.status, 'rejected');
      assert.equal(mine.body.decisionReason, 'الرخصة منتهية');
    });

    it('searches and paginates the public directory', async () => {
      const owner = await t.user();
      for (let i = 0; i < 3; i++) await t.organisation(owner, { nameAr: `فريق البحث ${i}` });
      const page1 = await t.client().get('/api/v1/organisations?q=فريق البحث&pageSize=2&page=1');
      assert.equal(page1.body.total, 3);
      assert.equal(page1.body.items.length, 2);
      const page2 = await t.client().get('/api/v1/organisations?q=فريق البحث&pageSize=2&page=2');
      assert.equal(page2.body.items.length, 1);
      const empty = await t.client().get('/api/v1/organisations?q=لا يوجد شيء بهذا الاسم');
      assert.deepEqual(empty.body.items, []);
    });

    it('lets managers edit details but not members', async () => {
      const owner = await t.user();
      const manager = await t.user();
      const member = await t.user();
      const org = await t.organisation(owner);
      await t.addMember(owner, org.id, manager, 'manager');
      await t.addMember(owner, org.id, member, 'member');
      const ok = await manager.patch(`/api/v1/organisations/${org.id}`, { nameEn: 'Renamed Society', website: 'https://example.org' });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.nameEn, 'Renamed Society');
      assert.equal((await member.patch(`/api/v1/organisations/${org.id}`, { nameEn: 'Nope' })).status, 403);
      const clear = await owner.patch(`/api/v1/organisations/${org.id}`, { nameAr: null, nameEn: null });
      assert.equal(clear.status, 409, 'cannot remove both names');
    });

    it('invites by email, and the invitee accepts with the given role', async () => {
      const owner = await t.user();
      const invitee = await t.user();
      const org = await t.organisation(owner);
      const inv = await owner.post(`/api/v1/organisations/${org.id}/invitations`, { email: invitee.email.toUpperCase(), role: 'manager' });
      assert.equal(inv.status, 201);
      const mail = await t.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', invitee.email).where('kind', '=', 'invitation').execute();
      assert.equal(mail.length, 1);
      const dup = await owner.post(`/api/v1/organisations/${org.id}/invitations`, { email: invitee.email, role: 'member' });
      assert.equal(dup.body.error.code, 'invitation.already_pending');
      const mine = await invitee.get('/api/v1/me/invitations');
      assert.equal(mine.body.items.length, 1);
      assert.equal(mine.body.items[0].organisation.id, org.id);
      const other = await t.user();
      assert.equal((await other.post(`/api/v1/invitations/${inv.body.id}/accept`)).status, 404, 'only the addressee can accept');
      assert.equal((await invitee.post(`/api/v1/invitations/${inv.body.id}/accept`)).status, 204);
      assert.equal((await invitee.post(`/api/v1/invitations/${inv.body.id}/accept`)).status, 409);
      const members = await owner.get(`/api/v1/organisations/${org.id}/members`);
      assert.deepEqual(members.body.items.map((m: any) => m.role).sort(), ['manager', 'owner']);
      const again = await owner.post(`/api/v1/organisations/${org.id}/invitations`, { email: invitee.email, role: 'member' });
      assert.equal(again.body.error.code, 'membership.already_member');
    });

    it('lets only owners invite or appoint owners', async () => {
      const owner = await t.user();
      const manager = await t.user();
      const org = await t.organisation(owner);
      await t.addMember(owner, org.id, manager, 'manager');
      const r = await manager.post(`/api/v1/organisations/${org.id}/invitations`, { email: 'new.owner@example.test', role: 'owner' });
      assert.equal(r.status, 403);
      assert.equal(r.body.error.code, 'organisation.owner_required');
      assert.equal((await manager.patch(`/api/v1/organisations/${org.id}/members/${manager.userId}`, { role: 'owner' })).status, 403);
    });

    it('declines and revokes invitations', async () => {
      const owner = await t.user();
      const a = await t.user();
      const org = await t.organisation(owner);
      const i1 = await owner.post(`/api/v1/organisations/${org.id}/invitations`, { email: a.email, role: 'member' });
      assert.equal((await a.post(`/api/v1/invitations/${i1.body.id}/decline`)).status, 204);
      const i2 = await owner.post(`/api/v1/organisations/${org.id}/invitations`, { email: a.email, role: 'member' });
      assert.equal((await owner.delete(`/api/v1/organisations/${org.id}/invitations/${i2.body.id}`)).status, 204);
      assert.equal((await a.post(`/api/v1/invitations/${i2.body.id}/accept`)).status, 409);
      const list = await owner.get(`/api/v1/organisations/${org.id}/invitations`);
      assert.deepEqual(list.body.items.map((i: any) => i.status).sort(), ['declined', 'revoked']);
    });

    it('changes roles, removes members, lets members leave, and always keeps an owner', async () => {
      const owner = await t.user();
      const m = await t.user();
      const org = await t.organisation(owner);
      await t.addMember(owner, org.id, m, 'member');
      const last = await owner.delete(`/api/v1/organisations/${org.id}/members/${owner.userId}`);
      assert.equal(last.status, 409);
      assert.equal(last.body.error.code, 'organisation.last_owner');
      const demote = await owner.patch(`/api/v1/organisations/${org.id}/members/${owner.userId}`, { role: 'manager' });
      assert.equal(demote.body.error.code, 'organisation.last_owner');
      assert.equal((await m.delete(`/api/v1/organisations/${org.id}/members/${owner.userId}`)).status, 403, 'members cannot remove others');
      const promote = await owner.patch(`/api/v1/organisations/${org.id}/members/${m.userId}`, { role: 'owner' });
      assert.equal(promote.status, 200);
      assert.equal(promote.body.role, 'owner');
      assert.equal((await owner.delete(`/api/v1/organisations/${org.id}/members/${owner.userId}`)).status, 204, 'now the first owner may leave');
      assert.equal((await owner.get(`/api/v1/organisations/${org.id}/members`)).status, 404, 'and no longer sees the members');
      const other = await t.user();
      await t.addMember(m, org.id, other, 'member');
      assert.equal((await m.delete(`/api/v1/organisations/${org.id}/members/${other.userId}`)).status, 204);
      assert.equal((await m.delete(`/api/v1/organisations/${org.id}/members/${other.userId}`)).status, 404);
    });

    it('switches "acting as" only to organisations the person belongs to', async () => {
      const owner = await t.user();
      const stranger = await t.user();
      const org = await t.organisation(owner);
      const set = await owner.patch('/api/v1/session', { actingOrganisationId: org.id });
      assert.equal(set.status, 200);
      assert.equal(set.body.actingOrganisationId, org.id);
      assert.equal((await owner.get('/api/v1/session')).body.actingOrganisationId, org.id);
      const bad = await stranger.patch('/api/v1/session', { actingOrganisationId: org.id });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'session.not_a_member');
      await owner.patch(`/api/v1/organisations/${org.id}`, { nameEn: 'Acting Society' });
      const ev = await admin.get(`/api/v1/audit-events?entityId=${org.id}&action=organisation.update`);
      assert.equal(ev.body.items[0].actingOrganisationId, org.id);
      assert.equal((await owner.patch('/api/v1/session', { actingOrganisationId: null })).body.actingOrganisationId, null);
    });
  });
}
