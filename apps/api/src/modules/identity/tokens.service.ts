import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { randomSecret, sha256 } from '../../platform/security/secrets.ts';
import type { ApiTokenRow } from '../../platform/db/schema.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './identity.repository.ts';
import type { CreateTokenInput } from './identity.schemas.ts';

/** Prefix that makes leaked tokens easy to recognise (and to scan for in repositories). */
export const TOKEN_PREFIX = 'ataa_pat_';

export function presentToken(t: ApiTokenRow) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: JSON.parse(t.scopes) as ('read' | 'write')[],
    organisationId: t.organisation_id,
    createdAt: t.created_at,
    lastUsedAt: t.last_used_at,
    expiresAt: t.expires_at,
    revokedAt: t.revoked_at,
  };
}

/** The person's tokens, newest first (secrets are never shown again). */
export async function listTokens(db: Db, ctx: RequestContext) {
  return { items: (await repo.listTokensOfUser(db, ctx.actor!.userId)).map(presentToken) };
}

/** Creates a token; the secret is returned once and only its hash is kept. */
export async function createToken(db: Db, ctx: RequestContext, input: CreateTokenInput) {
  const actor = ctx.actor!;
  if (actor.via === 'token') throw new ValidationError('Create tokens from a signed-in session.', null, 'auth.token_scope');
  const orgId = input.organisationId ?? null;
  if (orgId && !actor.memberships.some((m) => m.organisationId === orgId)) {
    throw new ValidationError('You are not a member of that organisation.', null, 'session.not_a_member');
  }
  const secret = `${TOKEN_PREFIX}${randomSecret()}`;
  const now = nowIso();
  const row: ApiTokenRow = {
    id: randomUUID(),
    user_id: actor.userId,
    name: input.name,
    token_hash: sha256(secret),
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    scopes: JSON.stringify([...new Set(input.scopes)].sort()),
    organisation_id: orgId,
    created_at: now,
    last_used_at: null,
    expires_at: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000).toISOString() : null,
    revoked_at: null,
  };
  await withTransaction(db, async (trx) => {
    await repo.insertToken(trx, row);
    await recordAudit(trx, ctx, { action: 'token.create', entityType: 'api_token', entityId: row.id, after: { name: row.name, scopes: row.scopes, organisationId: orgId, expiresAt: row.expires_at } });
  });
  return { token: presentToken(row), secret };
}

/** Revokes one of the person's tokens. */
export async function revokeToken(db: Db, ctx: RequestContext, tokenId: string): Promise<void> {
  await withTransaction(db, async (trx) => {
    const t = await repo.findTokenOfUser(trx, ctx.actor!.userId, tokenId);
    if (!t) throw new NotFoundError();
    if (t.revoked_at) throw new ConflictError('not_found', 'The token is already revoked.');
    await repo.revokeToken(trx, t.id, nowIso());
    await recordAudit(trx, ctx, { action: 'token.revoke', entityType: 'api_token', entityId: t.id, before: { revokedAt: null }, after: { revokedAt: 'now' } });
  });
}
