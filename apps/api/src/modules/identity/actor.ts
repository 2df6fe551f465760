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
      const memberships = await membershipsOf(db, t.user_id);
      const scopes = (JSON.parse(t.scopes) as string[]).filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));
      const actor: Actor = {
        userId: t.user_id,
        email: t.email,
        displayName: t.display_name,
        locale: t.locale,
        platformRole: t.platform_role as PlatformRole | null,
        memberships,
        actingOrganisationId: memberships.some((m) => m.organisationId === t.organisation_id) ? t.organisation_id : null,
        via: 'token',
        scopes,
        sessionIdHash: null,
      };
      return { actor, csrfToken: null };
    }
    if (!sessionSecret) return { actor: null, csrfToken: null };
    const idHash = sha256(sessionSecret);
    const s = await repo.findLiveSession(db, idHash, now);
    if (!s || s.disabled_at) return { actor: null, csrfToken: null };
    if (Date.parse(now) - Date.parse(s.last_seen_at) > TOUCH_AFTER_MS) await repo.touchSession(db, idHash, now);
    const memberships = await membershipsOf(db, s.user_id);
    const actor: Actor = {
      userId: s.user_id,
      email: s.email,
      displayName: s.display_name,
      locale: s.locale,
      platformRole: s.platform_role as PlatformRole | null,
      memberships,
      // A membership may have ended since the person chose it: fall back to acting as themself.
      actingOrganisationId: memberships.some((m) => m.organisationId === s.acting_organisation_id) ? s.acting_organisation_id : null,
      via: 'session',
      scopes: TOKEN_SCOPES,
      sessionIdHash: idHash,
    };
    return { actor, csrfToken: s.csrf_token };
  };
}

async function membershipsOf(db: Db, userId: string) {
  const rows = await listMembershipsOfUser(db, userId);
  return rows.map((r) => ({ organisationId: r.organisation_id, role: r.role as MemberRole }));
}
