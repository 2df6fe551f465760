// Builds the real app on a private test database, plus factories for people and organisations.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PlatformRole } from '../../../packages/shared/src/index.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { DatabaseTarget, Db, Dialect } from '../src/platform/db/database.ts';
import type { Mailer } from '../src/platform/mail/mailer.ts';
import { Client } from './http.ts';
import { createTestDb } from './db.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  dialect: Dialect;
  /** Where the test database lives (a second app instance can connect to it). */
  target: DatabaseTarget;
  /** An anonymous client. */
  client(): Client;
  /** Signs up a new person (optionally with a platform role) and returns their signed-in client. */
  user(opts?: { platformRole?: PlatformRole; name?: string; email?: string }): Promise<SignedInClient>;
  /** Creates an organisation owned by `owner`, verified unless told otherwise. */
  organisation(owner: SignedInClient, opts?: { verified?: boolean; nameAr?: string }): Promise<{ id: string }>;
  /** Adds `who` to the organisation with `role` via invitation + acceptance. */
  addMember(owner: SignedInClient, orgId: string, who: SignedInClient, role: 'member' | 'finance' | 'manager' | 'owner'): Promise<void>;
  close(): Promise<void>;
}

export type SignedInClient = Client & { userId: string; email: string };

let counter = 0;
/** A unique email for this process. */
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${process.pid}.${++counter}.${randomBytes(3).toString('hex')}@example.test`;
}

/** The real application on a fresh database of `dialect`. */
export async function createTestApp(
  dialect: Dialect,
  opts: { env?: Record<string, string>; mailer?: Mailer } = {},
): Promise<TestApp> {
  const tdb = await createTestDb(dialect);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUTH_RATE_LIMIT: '100000', ...opts.env });
  const app = await buildApp({ config, db: tdb.db, mailer: opts.mailer, webDist: null });
  await app.ready();
  let admin: SignedInClient | null = null;

  const t: TestApp = {
    app,
    db: tdb.db,
    config,
    dialect,
    target: tdb.target,
    client: () => new Client(app),
    async user(o = {}) {
      const c = new Client(app) as SignedInClient;
      const email = o.email ?? uniqueEmail(o.platformRole ?? 'user');
      const res = await c.post('/api/v1/auth/sign-up', { email, password: TEST_PASSWORD, displayName: o.name ?? 'Test Person', locale: 'en' });
      if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
      c.userId = res.body.user.id;
      c.email = email;
      // Factories set platform roles directly: the first account on an empty database becomes
      // admin by design, which a test asking for an ordinary person must not inherit.
      const role = o.platformRole ?? null;
      if (res.body.user.platformRole !== role) {
        await tdb.db.updateTable('users').set({ platform_role: role }).where('id', '=', c.userId).execute();
      }
      if (role === 'admin') admin = c;
      return c;
    },
    async organisation(owner, o = {}) {
      const res = await owner.post('/api/v1/organisations', { type: 'nonprofit', nameAr: o.nameAr ?? 'جمعية الاختبار', nameEn: 'Test Society', emirate: 'dubai' });
      if (res.status !== 201) throw new Error(`organisation failed: ${res.status} ${JSON.stringify(res.body)}`);
      if (o.verified !== false) {
        if (!admin) admin = await t.user({ platformRole: 'admin' });
        const v = await admin.post(`/api/v1/organisations/${res.body.id}/decision`, { decision: 'verify' });
        if (v.status !== 200) throw new Error(`verify failed: ${v.status} ${JSON.stringify(v.body)}`);
      }
      return { id: res.body.id };
    },
    async addMember(owner, orgId, who, role) {
      const inv = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: who.email, role });
      if (inv.status !== 201) throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
      const acc = await who.post(`/api/v1/invitations/${inv.body.id}/accept`);
      if (acc.status !== 204) throw new Error(`accept failed: ${acc.status} ${JSON.stringify(acc.body)}`);
    },
    async close() {
      await app.close();
      await tdb.drop();
    },
  };
  return t;
}

/**
 * Many signed-in people at once for load tests: users and sessions written straight to the
 * database (signing up 300 people through argon2 would take half a minute).
 */
export async function bulkUsers(t: TestApp, n: number): Promise<SignedInClient[]> {
  const { createHash, randomUUID, randomBytes: rb } = await import('node:crypto');
  const now = new Date().toISOString();
  const later = new Date(Date.now() + 86_400_000).toISOString();
  const clients: SignedInClient[] = [];
  const users = [];
  const sessions = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    const email = uniqueEmail('bulk');
    const secret = rb(32).toString('base64url');
    const csrf = rb(18).toString('base64url');
    users.push({ id, email, password_hash: 'x', display_name: `Volunteer ${i}`, locale: 'ar', platform_role: null, created_at: now, updated_at: now, disabled_at: null });
    sessions.push({ id_hash: createHash('sha256').update(secret).digest('hex'), user_id: id, csrf_token: csrf, acting_organisation_id: null, user_agent: null, created_at: now, last_seen_at: now, expires_at: later });
    const c = t.client() as SignedInClient;
    c.cookie = `ataa_session=${secret}`;
    c.csrf = csrf;
    c.userId = id;
    c.email = email;
    clients.push(c);
  }
  for (let i = 0; i < n; i += 100) {
    await t.db.insertInto('users').values(users.slice(i, i + 100)).execute();
    await t.db.insertInto('sessions').values(sessions.slice(i, i + 100)).execute();
  }
  return clients;
}
