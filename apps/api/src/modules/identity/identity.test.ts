import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects } from '../../../test/db.ts';
import { createTestApp, TEST_PASSWORD, uniqueEmail, type TestApp } from '../../../test/app.ts';

/** The reset link's token from the newest outbox message to `email`. */
async function resetTokenFor(t: TestApp, email: string): Promise<string> {
  const m = await t.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', email).where('kind', '=', 'password_reset').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  return /token=([\w-]+)/.exec(m.body_text)![1];
}

for (const dialect of dialects()) {
  describe(`identity (${dialect})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(dialect); });
    after(async () => { await t.close(); });

    it('makes the first account on an empty platform its admin, and later ones ordinary', async () => {
      const first = t.client();
      const a = await first.post('/api/v1/auth/sign-up', { email: uniqueEmail(), password: TEST_PASSWORD, displayName: 'First', locale: 'ar' });
      assert.equal(a.status, 201);
      assert.equal(a.body.user.platformRole, 'admin');
      const b = await t.client().post('/api/v1/auth/sign-up', { email: uniqueEmail(), password: TEST_PASSWORD, displayName: 'Second' });
      assert.equal(b.status, 201);
      assert.equal(b.body.user.platformRole, null);
      assert.equal(b.body.user.locale, 'ar', 'Arabic is the default language');
    });

    it('signs up, sees the session, signs out, and signs back in', async () => {
      const c = t.client();
      const email = uniqueEmail();
      const up = await c.post('/api/v1/auth/sign-up', { email: email.toUpperCase(), password: TEST_PASSWORD, displayName: 'مريم', locale: 'ar' });
      assert.equal(up.status, 201);
      assert.equal(up.body.user.email, email, 'emails are stored lower-case');
      assert.match(String(up.headers['set-cookie']), /ataa_session=.*HttpOnly.*SameSite=Lax/i);
      const s = await c.get('/api/v1/session');
      assert.equal(s.body.user.displayName, 'مريم');
      assert.equal(typeof s.body.csrfToken, 'string');
      assert.equal((await c.post('/api/v1/auth/sign-out')).status, 204);
      assert.equal((await c.get('/api/v1/session')).body.user, null);
      assert.equal((await c.get('/api/v1/me')).status, 401);
      const back = await c.post('/api/v1/auth/sign-in', { email, password: TEST_PASSWORD });
      assert.equal(back.status, 200);
      assert.equal((await c.get('/api/v1/me')).body.email, email);
    });

    it('rejects a duplicate email with 409 and writes nothing', async () => {
      const email = uniqueEmail();
      await t.client().post('/api/v1/auth/sign-up', { email, password: TEST_PASSWORD, displayName: 'One' });
      const before = await t.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const dup = await t.client().post('/api/v1/auth/sign-up', { email, password: TEST_PASSWORD, displayName: 'Two' });
      assert.equal(dup.status, 409);
      assert.equal(dup.body.error.code, 'user.email_taken');
      const afterCount = await t.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n));
    });

    it('gives one vague error for a wrong password or an unknown email', async () => {
      const u = await t.user();
      const wrong = await t.client().post('/api/v1/auth/sign-in', { email: u.email, password: 'not-the-password' });
      const unknown = await t.client().post('/api/v1/auth/sign-in', { email: uniqueEmail(), password: TEST_PASSWORD });
      assert.equal(wrong.status, 401);
      assert.deepEqual(wrong.body, unknown.body);
      assert.equal(wrong.body.error.code, 'auth.invalid_credentials');
    });

    it('stores an argon2id hash, never the password', async () => {
      const u = await t.user();
      const row = await t.db.selectFrom('users').select('password_hash').where('id', '=', u.userId).executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$/);
      assert.ok(!row.password_hash.includes(TEST_PASSWORD));
    });

    it('requires the CSRF token on cookie-authenticated writes', async () => {
      const u = await t.user();
      const token = u.csrf;
      u.csrf = null;
      const r = await u.patch('/api/v1/me', { displayName: 'Forged' });
      assert.equal(r.status, 403);
      assert.equal(r.body.error.code, 'auth.csrf_failed');
      u.csrf = 'wrong';
      assert.equal((await u.patch('/api/v1/me', { displayName: 'Forged' })).status, 403);
      u.csrf = token;
      assert.equal((await u.get('/api/v1/me')).body.displayName, 'Test Person');
      assert.equal((await u.patch('/api/v1/me', { displayName: 'Renamed', locale: 'en' })).status, 200);
    });

    it('changes the password, checks the current one, and signs out other sessions', async () => {
      const u = await t.user();
      const other = t.client();
      await other.post('/api/v1/auth/sign-in', { email: u.email, password: TEST_PASSWORD });
      const bad = await u.post('/api/v1/auth/password', { currentPassword: 'wrong-password', newPassword: 'a-new-long-password' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'auth.wrong_password');
      const ok = await u.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password' });
      assert.equal(ok.status, 204);
      assert.equal((await u.get('/api/v1/me')).status, 200, 'this session stays signed in');
      assert.equal((await other.get('/api/v1/me')).status, 401, 'other sessions are signed out');
      assert.equal((await t.client().post('/api/v1/auth/sign-in', { email: u.email, password: TEST_PASSWORD })).status, 401);
      assert.equal((await t.client().post('/api/v1/auth/sign-in', { email: u.email, password: 'a-new-long-password' })).status, 200);
    });

    it('resets a forgotten password through the outbox, once', async () => {
      const u = await t.user();
      const anon = t.client();
      const r = await anon.post('/api/v1/auth/password-resets', { email: u.email });
      assert.equal(r.status, 202);
      const unknown = await anon.post('/api/v1/auth/password-resets', { email: uniqueEmail() });
      assert.equal(unknown.status, 202, 'the same answer for unknown emails');
      const token = await resetTokenFor(t, u.email);
      const admin = await t.user({ platformRole: 'admin' });
      const outbox = await admin.get(`/api/v1/outbox?to=${encodeURIComponent(u.email)}`);
      assert.equal(outbox.status, 200);
      assert.match(outbox.body.items[0].bodyText, /reset-password\?token=/);
      assert.match(outbox.body.items[0].subject, /كلمة المرور/);
      const short = await anon.post('/api/v1/auth/password-resets/confirm', { token, newPassword: 'short' });
      assert.equal(short.status, 400);
      const ok = await anon.post('/api/v1/auth/password-resets/confirm', { token, newPassword: 'brand-new-password' });
      assert.equal(ok.status, 204);
      assert.equal((await u.get('/api/v1/me')).status, 401, 'every session is signed out after a reset');
      const again = await anon.post('/api/v1/auth/password-resets/confirm', { token, newPassword: 'another-password' });
      assert.equal(again.status, 400);
      assert.equal(again.body.error.code, 'auth.reset_token_invalid');
      assert.equal((await t.client().post('/api/v1/auth/sign-in', { email: u.email, password: 'brand-new-password' })).status, 200);
    });

    it('lets only admins read the outbox', async () => {
      const u = await t.user();
      assert.equal((await u.get('/api/v1/outbox')).status, 403);
      assert.equal((await t.client().get('/api/v1/outbox')).status, 401);
    });

    it('issues scoped personal-access tokens, hashed at rest and revocable', async () => {
      const u = await t.user();
      const created = await u.post('/api/v1/me/tokens', { name: 'Reporting script', scopes: ['read'] });
      assert.equal(created.status, 201);
      const secret: string = created.body.secret;
      assert.match(secret, /^ataa_pat_/);
      const stored = await t.db.selectFrom('api_tokens').selectAll().where('id', '=', created.body.token.id).executeTakeFirstOrThrow();
      assert.notEqual(stored.token_hash, secret);
      assert.ok(!JSON.stringify(stored).includes(secret));

      const api = t.client();
      api.bearer = secret;
      assert.equal((await api.get('/api/v1/me')).body.email, u.email);
      const write = await api.patch('/api/v1/me', { displayName: 'By token' });
      assert.equal(write.status, 403);
      assert.equal(write.body.error.code, 'auth.token_scope');

      const listed = await u.get('/api/v1/me/tokens');
      assert.equal(listed.body.items.length, 1);
      assert.equal(listed.body.items[0].secret, undefined);
      assert.equal((await u.delete(`/api/v1/me/tokens/${created.body.token.id}`)).status, 204);
      assert.equal((await api.get('/api/v1/me')).status, 401, 'a revoked token stops working');
    });

    it('lets a write-scoped token write without a CSRF token', async () => {
      const u = await t.user();
      const created = await u.post('/api/v1/me/tokens', { name: 'CI', scopes: ['read', 'write'], expiresInDays: 30 });
      const api = t.client();
      api.bearer = created.body.secret;
      const r = await api.patch('/api/v1/me', { displayName: 'Token Writer' });
      assert.equal(r.status, 200);
      assert.equal(r.body.displayName, 'Token Writer');
    });

    it('cannot revoke somebody else’s token', async () => {
      const a = await t.user();
      const b = await t.user();
      const created = await a.post('/api/v1/me/tokens', { name: 'Mine', scopes: ['read'] });
      assert.equal((await b.delete(`/api/v1/me/tokens/${created.body.token.id}`)).status, 404);
    });

    it('lets admins grant platform roles but never remove the last admin', async () => {
      const admin = await t.user({ platformRole: 'admin' });
      const u = await t.user();
      const grant = await admin.patch(`/api/v1/admin/users/${u.userId}`, { platformRole: 'verifier' });
      assert.equal(grant.status, 200);
      assert.equal((await u.get('/api/v1/session')).body.user.platformRole, 'verifier');
      const list = await admin.get(`/api/v1/admin/users?q=${encodeURIComponent(u.email)}`);
      assert.equal(list.body.total, 1);
      const admins = await admin.get('/api/v1/admin/users?platformRole=admin&pageSize=100');
      for (const a of admins.body.items.filter((x: any) => x.id !== admin.userId)) {
        await admin.patch(`/api/v1/admin/users/${a.id}`, { platformRole: null });
      }
      const last = await admin.patch(`/api/v1/admin/users/${admin.userId}`, { platformRole: null });
      assert.equal(last.status, 409);
      assert.equal(last.body.error.code, 'user.last_admin');
    });
  });

  describe(`sign-in rate limit (${dialect})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(dialect, { env: { AUTH_RATE_LIMIT: '3' } }); });
    after(async () => { await t.close(); });

    it('answers 429 with the error shape after too many attempts', async () => {
      const c = t.client();
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await c.post('/api/v1/auth/sign-in', { email: 'nobody@example.test', password: 'whatever-1' })).status);
      assert.deepEqual(codes.slice(0, 3), [401, 401, 401]);
      const limited = await c.post('/api/v1/auth/sign-in', { email: 'nobody@example.test', password: 'whatever-1' });
      assert.equal(limited.status, 429);
      assert.equal(limited.body.error.code, 'rate_limited');
    });
  });
}
