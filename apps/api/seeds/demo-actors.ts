// Builds request contexts for seeding through the real services (so every rule and audit entry applies).
import type { MemberRole, PlatformRole } from '../../../packages/shared/src/index.ts';
import type { Db } from '../src/platform/db/database.ts';
import type { RequestContext } from '../src/platform/http/context.ts';
import { listMembershipsOfUser } from '../src/modules/organisations/index.ts';

/** The context of a request made by `userId`, acting for `actingOrganisationId` if given. */
export async function contextFor(db: Db, userId: string, actingOrganisationId: string | null = null): Promise<RequestContext> {
  const u = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  const memberships = (await listMembershipsOfUser(db, userId)).map((m) => ({ organisationId: m.organisation_id, role: m.role as MemberRole }));
  return {
    actor: {
      userId, email: u.email, displayName: u.display_name, locale: u.locale, platformRole: u.platform_role as PlatformRole | null,
      memberships, actingOrganisationId, via: 'session', scopes: ['read', 'write'], sessionIdHash: null,
    },
    requestId: 'demo-seed',
    ip: null,
  };
}

/** A small seeded random generator, so the demo is the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
