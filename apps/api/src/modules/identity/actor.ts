import type { MemberRole, PlatformRole, TokenScope } from '../../../../../packages/shared/src/index.ts';
import { TOKEN_SCOPES } from '../../../../../packages/shared/src/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import type { ActorResolver } from '../../platform/http/auth.ts';
import type { Actor } from '../../platform/http/context.ts';
import { sha256 } from '../../platform/security/secrets.ts';
import { listMembershipsOfUser } from '../organisations/index.ts';
import * as repo from './identity.repository.ts';

// Writing last-seen on every request would turn each read into a write; once a minute is enough.
const TOUCH_AFTER_MS = 60_000;

/**
 * Builds the resolver the auth plugin calls with the cookie or bearer token. Sessions and tokens
 * live in the database, so any app process can serve any user.
 */
export function createActorResolver(db: Db): ActorResolver {
  return async ({ sessionSecret, bearerToken }) => {
    const now = nowIso();
    if (bearerToken) {
      const t = await repo.findLiveToken(db, sha256(bearerToken), now);
      if (!t || t.disabled_at) return { actor: null, csrfToken: null };
      if (!t.last_used_at || Date.parse(now) - Date.parse(t.last_used_at) > TOUCH_AFTER_MS) await repo.touchToken(db, t.id, now);
      const scopes = (JSON.parse(t.scopes) as string[]).filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));
      return { actor: await actorOf(db, t.user_id, t, t.organisation_id, { via: 'token', scopes, sessionIdHash: null }), csrfToken: null };
    }
    if (!sessionSecret) return { actor: null, csrfToken: null };
    const idHash = sha256(sessionSecret);
    const s = await repo.findLiveSession(db, idHash, now);
    if (!s || s.disabled_at) return { actor: null, csrfToken: null };
    if (Date.parse(now) - Date.parse(s.last_seen_at) > TOUCH_AFTER_MS) await repo.touchSession(db, idHash, now);
    return { actor: await actorOf(db, s.user_id, s, s.acting_organisation_id, { via: 'session', scopes: TOKEN_SCOPES, sessionIdHash: idHash }), csrfToken: s.csrf_token };
  };
}

type UserFields = { email: string; display_name: string; locale: string; platform_role: string | null };

/** The actor for a user, with their memberships and the organisation they act for (if still a member). */
async function actorOf(db: Db, userId: string, u: UserFields, acting: string | null, how: Pick<Actor, 'via' | 'scopes' | 'sessionIdHash'>): Promise<Actor> {
  const memberships = (await listMembershipsOfUser(db, userId)).map((r) => ({ organisationId: r.organisation_id, role: r.role as MemberRole }));
  return {
    userId,
    email: u.email,
    displayName: u.display_name,
    locale: u.locale,
    platformRole: u.platform_role as PlatformRole | null,
    memberships,
    // A membership may have ended since it was chosen: fall back to acting as themself.
    actingOrganisationId: memberships.some((m) => m.organisationId === acting) ? acting : null,
    ...how,
  };
}
