import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, UnauthenticatedError, ValidationError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { hashPassword, randomSecret, sha256, verifyPassword } from '../../platform/security/secrets.ts';
import { recordAudit } from '../audit/index.ts';
import { listMembershipsOfUser } from '../organisations/index.ts';
import { queueMessage } from '../outbox/index.ts';
import { presentUser, type SessionView, type UserView } from './identity.presenter.ts';
import * as repo from './identity.repository.ts';
import type { SignUpInput } from './identity.schemas.ts';

const RESET_MINUTES = 60;
// A real hash to verify against when the email is unknown, so timing does not reveal accounts.
const DUMMY_HASH = hashPassword(randomSecret());

/** A signed-in result: the person and the cookie secret for their new session. */
export interface SignedIn {
  user: UserView;
  sessionSecret: string;
  csrfToken: string;
}

async function openSession(db: Db, config: Config, userId: string, userAgent: string | null): Promise<{ secret: string; csrf: string }> {
  const secret = randomSecret();
  const csrf = randomSecret(24);
  const now = nowIso();
  await repo.insertSession(db, {
    id_hash: sha256(secret),
    user_id: userId,
    csrf_token: csrf,
    acting_organisation_id: null,
    user_agent: userAgent?.slice(0, 300) ?? null,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(Date.now() + config.sessionDays * 86_400_000).toISOString(),
  });
  return { secret, csrf };
}

/**
 * Creates an account and signs it in. The very first account on an empty platform becomes its
 * admin, so a fresh installation can be administered without a shell.
 */
export async function signUp(db: Db, config: Config, ctx: RequestContext, input: SignUpInput, userAgent: string | null): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password); // outside the transaction: ~90 ms
  const now = nowIso();
  const user = await withTransaction(db, async (trx) => {
    const first = !(await repo.anyUserExists(trx));
    const row = {
      id: randomUUID(),
      email: input.email,
      password_hash: passwordHash,
      display_name: input.displayName,
      locale: input.locale,
      platform_role: first ? 'admin' : null,
      created_at: now,
      updated_at: now,
      disabled_at: null,
    };
    try {
      await repo.insertUser(trx, row);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('user.email_taken', 'An account with this email already exists.');
      throw err;
    }
    await recordAudit(trx, { ...ctx, actor: null }, { action: 'user.sign_up', entityType: 'user', entityId: row.id, after: { email: row.email, displayName: row.display_name, platformRole: row.platform_role } });
    return row;
  });
  const { secret, csrf } = await openSession(db, config, user.id, userAgent);
  return { user: presentUser(user), sessionSecret: secret, csrfToken: csrf };
}

/** Checks email and password and opens a session; one vague error for every failure. */
export async function signIn(db: Db, config: Config, email: string, password: string, userAgent: string | null): Promise<SignedIn> {
  const user = await repo.findUserByEmail(db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await DUMMY_HASH), password);
  if (!user || !ok || user.disabled_at) {
    throw new UnauthenticatedError('auth.invalid_credentials', 'The email or password is wrong.');
  }
  const { secret, csrf } = await openSession(db, config, user.id, userAgent);
  return { user: presentUser(user), sessionSecret: secret, csrfToken: csrf };
}

/** Ends the current session. */
export async function signOut(db: Db, ctx: RequestContext): Promise<void> {
  if (ctx.actor?.sessionIdHash) await repo.deleteSession(db, ctx.actor.sessionIdHash);
}

/** What the UI needs on every page load: who is signed in and for whom they act. */
export async function getSession(db: Db, ctx: RequestContext, csrfToken: string | null): Promise<SessionView> {
  const actor = ctx.actor;
  if (!actor) return { user: null, csrfToken: null, actingOrganisationId: null, memberships: [] };
  const rows = await listMembershipsOfUser(db, actor.userId);
  return {
    user: { id: actor.userId, email: actor.email, displayName: actor.displayName, locale: actor.locale, platformRole: actor.platformRole },
    csrfToken,
    actingOrganisationId: actor.actingOrganisationId,
    memberships: rows.map((r) => ({
      organisationId: r.organisation_id,
      role: r.role as SessionView['memberships'][number]['role'],
      organisation: {
        id: r.organisation_id,
        nameAr: r.name_ar,
        nameEn: r.name_en,
        status: r.status as SessionView['memberships'][number]['organisation']['status'],
        type: r.type as SessionView['memberships'][number]['organisation']['type'],
      },
    })),
  };
}

/** Switches "acting as" between the person themself (null) and one of their organisations. */
export async function setActingOrganisation(db: Db, ctx: RequestContext, orgId: string | null, csrfToken: string | null): Promise<SessionView> {
  const actor = ctx.actor!;
  if (!actor.sessionIdHash) throw new ValidationError('Tokens cannot switch organisation.');
  if (orgId && !actor.memberships.some((m) => m.organisationId === orgId)) {
    throw new ValidationError('You are not a member of that organisation.', null, 'session.not_a_member');
  }
  await repo.setSessionActingOrganisation(db, actor.sessionIdHash, orgId);
  return getSession(db, { ...ctx, actor: { ...actor, actingOrganisationId: orgId } }, csrfToken);
}

/** Changes the password after checking the current one; other sessions are signed out. */
export async function changePassword(db: Db, ctx: RequestContext, current: string, next: string): Promise<void> {
  const actor = ctx.actor!;
  const user = await repo.findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, current))) {
    throw new ValidationError('The current password is wrong.', null, 'auth.wrong_password');
  }
  const hash = await hashPassword(next);
  await withTransaction(db, async (trx) => {
    await repo.updateUser(trx, user.id, { password_hash: hash, updated_at: nowIso() });
    await repo.deleteSessionsOfUser(trx, user.id, actor.sessionIdHash ?? undefined);
    await recordAudit(trx, ctx, { action: 'user.password_change', entityType: 'user', entityId: user.id });
  });
}

/**
 * Sends a reset link when the email belongs to an account. Answers the same either way, so the
 * endpoint cannot be used to discover who has an account.
 */
export async function requestPasswordReset(db: Db, config: Config, ctx: RequestContext, email: string): Promise<void> {
  const user = await repo.findUserByEmail(db, email);
  if (!user || user.disabled_at) return;
  const secret = randomSecret();
  const now = nowIso();
  const link = `${config.publicUrl}/reset-password?token=${secret}`;
  await withTransaction(db, async (trx) => {
    await repo.insertReset(trx, sha256(secret), user.id, now, new Date(Date.now() + RESET_MINUTES * 60_000).toISOString());
    await queueMessage(trx, {
      to: user.email,
      kind: 'password_reset',
      locale: user.locale,
      subject: 'إعادة تعيين كلمة المرور | Reset your password',
      text:
        `مرحباً ${user.display_name}،\nلإعادة تعيين كلمة المرور افتح الرابط التالي خلال ${RESET_MINUTES} دقيقة:\n${link}\n` +
        `إن لم تطلب ذلك فتجاهل هذه الرسالة.\n\n` +
        `Hello ${user.display_name},\nTo reset your password open this link within ${RESET_MINUTES} minutes:\n${link}\n` +
        `If you did not ask for this, ignore this message.\n`,
    });
    await recordAudit(trx, { ...ctx, actor: null }, { action: 'user.password_reset_request', entityType: 'user', entityId: user.id });
  });
}

/** Sets a new password from a reset link (single use) and signs out every session. */
export async function confirmPasswordReset(db: Db, ctx: RequestContext, token: string, newPassword: string): Promise<void> {
  const hash = await hashPassword(newPassword);
  await withTransaction(db, async (trx) => {
    const userId = await repo.consumeReset(trx, sha256(token), nowIso());
    if (!userId) throw new ValidationError('The reset link is invalid or has expired.', null, 'auth.reset_token_invalid');
    await repo.updateUser(trx, userId, { password_hash: hash, updated_at: nowIso() });
    await repo.deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, { ...ctx, actor: null }, { action: 'user.password_reset', entityType: 'user', entityId: userId });
  });
}

/** The signed-in person's profile. */
export async function getMe(db: Db, ctx: RequestContext): Promise<UserView> {
  const user = await repo.findUserById(db, ctx.actor!.userId);
  if (!user) throw new UnauthenticatedError();
  return presentUser(user);
}

/** Updates the person's display name or interface language. */
export async function updateMe(db: Db, ctx: RequestContext, patch: { displayName?: string; locale?: string }): Promise<UserView> {
  return withTransaction(db, async (trx) => {
    const before = await repo.findUserById(trx, ctx.actor!.userId);
    if (!before) throw new UnauthenticatedError();
    const after = { ...before, display_name: patch.displayName ?? before.display_name, locale: patch.locale ?? before.locale, updated_at: nowIso() };
    await repo.updateUser(trx, before.id, { display_name: after.display_name, locale: after.locale, updated_at: after.updated_at });
    await recordAudit(trx, ctx, { action: 'user.update', entityType: 'user', entityId: before.id, before: { displayName: before.display_name, locale: before.locale }, after: { displayName: after.display_name, locale: after.locale } });
    return presentUser(after);
  });
}
