import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtp(): Promise<{ port: number; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
      stream.on('end', () => { received.push(data); callback(); });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

for (const dialect of dialects()) {
  describe(`mail delivery over SMTP (${dialect})`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      smtp = await startSmtp();
      t = await createTestApp(dialect, { env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Ataa <no-reply@ataa.test>' } });
    });
    after(async () => { await t.close(); await smtp.close(); });

    it('sends the reset email through the SMTP server and marks it sent in the outbox', async () => {
      const u = await t.user();
      const r = await t.client().post('/api/v1/auth/password-resets', { email: u.email });
      assert.equal(r.status, 202);
      assert.equal(smtp.received.length, 1);
      assert.match(smtp.received[0], new RegExp(`To: ${u.email.replace(/\./g, '\\.')}`, 'i'));
      assert.match(smtp.received[0], /From: Ataa <no-reply@ataa\.test>/);
      const row = await t.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', u.email).executeTakeFirstOrThrow();
      assert.ok(row.sent_at, 'the outbox row is marked sent');
      assert.equal(row.last_error, null);
    });
  });

  describe(`mail without SMTP (${dialect})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(dialect); });
    after(async () => { await t.close(); });

    it('keeps the message unsent in the outbox, readable by admins', async () => {
      const u = await t.user();
      await t.client().post('/api/v1/auth/password-resets', { email: u.email });
      const admin = await t.user({ platformRole: 'admin' });
      const box = await admin.get('/api/v1/outbox');
      const mine = box.body.items.filter((m: any) => m.toAddress === u.email);
      assert.equal(mine.length, 1);
      assert.equal(mine[0].sentAt, null);
      assert.equal(mine[0].kind, 'password_reset');
    });
  });
}
