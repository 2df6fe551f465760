// Walks every registered route and calls it as every kind of caller, checking the answer against
// the route's declared access. A route without a declaration cannot even be registered.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { memberRoleAtLeast, type MemberRole, type PlatformRole } from '../../../../../packages/shared/src/index.ts';
import { dialects } from '../../../test/db.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import type { Client } from '../../../test/http.ts';
import type { Access } from './access.ts';
import { buildApp } from '../../app.ts';

type Role = 'anonymous' | 'member' | 'manager' | 'owner' | 'other_org' | 'admin' | 'reviewer' | 'verifier';
const ROLES: Role[] = ['anonymous', 'member', 'manager', 'owner', 'other_org', 'admin', 'reviewer', 'verifier'];

/** Whether the declaration lets this caller through the gate (for the organisation under test). */
function allowed(access: Access, role: Role): boolean {
  if (access.kind === 'public') return true;
  if (role === 'anonymous') return false;
  if (access.kind === 'user') return true;
  const platformRole = ['admin', 'reviewer', 'verifier'].includes(role) ? (role as PlatformRole) : null;
  if (access.kind === 'platform') return !!platformRole && access.roles.includes(platformRole);
  if (platformRole && access.platformRoles?.includes(platformRole)) return true;
  if (role === 'member' || role === 'manager' || role === 'owner') return memberRoleAtLeast(role as MemberRole, access.minRole);
  return false;
}

// Routes whose service refines the gate further for some callers who pass it; each with why.
const REFINED: Record<string, string> = {
  'DELETE /api/v1/organisations/:orgId/members/:userId': 'members pass the gate to leave; removing someone else needs an owner (403)',
};

for (const dialect of dialects()) {
  describe(`route access policy (${dialect})`, () => {
    let t: TestApp;
    const clients = new Map<Role, Client>();
    let orgId = '';

    before(async () => {
      t = await createTestApp(dialect);
      const owner = await t.user();
      const org = await t.organisation(owner);
      orgId = org.id;
      const manager = await t.user();
      const member = await t.user();
      await t.addMember(owner, orgId, manager, 'manager');
      await t.addMember(owner, orgId, member, 'member');
      const otherOwner = await t.user();
      await t.organisation(otherOwner);
      clients.set('anonymous', t.client());
      clients.set('owner', owner);
      clients.set('manager', manager);
      clients.set('member', member);
      clients.set('other_org', otherOwner);
      for (const r of ['admin', 'reviewer', 'verifier'] as const) clients.set(r, await t.user({ platformRole: r }));
    });
    after(async () => { await t.close(); });

    it('refuses to register an API route that declares no access policy', async () => {
      const fresh = await buildApp({ config: t.config, db: t.db, webDist: null });
      assert.throws(() => fresh.get('/api/v1/undeclared', async () => 'x'), /declares no access policy/);
      fresh.get('/api/v1/declared', { config: { access: { kind: 'public' } } }, async () => 'x');
      await fresh.close();
    });

    it('answers every route, for every caller, as its declaration says', async () => {
      const routes = t.app.routeCatalogue
        .filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'))
        // Sign-out ends the caller's session: probe it last.
        .sort((a, b) => Number(a.url.endsWith('/sign-out')) - Number(b.url.endsWith('/sign-out')));
      assert.ok(routes.length >= 30, `expected the full API, found ${routes.length} routes`);
      const problems: string[] = [];
      for (const route of routes) {
        const url = route.url.replace(':orgId', orgId).replace(/:(\w+)/g, () => randomUUID());
        for (const role of ROLES) {
          const c = clients.get(role)!;
          const res = await c.request(route.method, url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
          const ok = allowed(route.access, role);
          const key = `${route.method} ${route.url}`;
          if (!ok && ![401, 403, 404].includes(res.status)) problems.push(`${key} as ${role}: expected refusal, got ${res.status}`);
          if (!ok && role === 'anonymous' && res.status !== 401) problems.push(`${key} as anonymous: expected 401, got ${res.status}`);
          if (ok && res.status === 401) problems.push(`${key} as ${role}: allowed but got 401`);
          if (ok && res.status === 403 && !REFINED[key]) problems.push(`${key} as ${role}: allowed but got 403 ${JSON.stringify(res.body)}`);
          if (res.status >= 500) problems.push(`${key} as ${role}: server error ${res.status}`);
          if (res.status >= 400) assert.equal(typeof res.body?.error?.code, 'string', `${key} as ${role}: error shape`);
        }
      }
      assert.deepEqual(problems, []);
    });
  });
}
