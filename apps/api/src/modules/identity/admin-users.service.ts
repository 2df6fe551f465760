import type { PlatformRole } from '../../../../../packages/shared/src/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import { recordAudit } from '../audit/index.ts';
import { presentAdminUser } from './identity.presenter.ts';
import * as repo from './identity.repository.ts';

function assertAdmin(ctx: RequestContext): void {
  if (ctx.actor?.platformRole !== 'admin') throw new ForbiddenError();
}

/** Users, searchable by email or name (admins). */
export async function listUsers(db: Db, ctx: RequestContext, q: string | undefined, role: string | undefined, page: PageQuery) {
  assertAdmin(ctx);
  const { rows, total } = await repo.searchUsers(db, q, role, page.pageSize, offsetOf(page));
  return { items: rows.map(presentAdminUser), page: page.page, pageSize: page.pageSize, total };
}

/** Grants or removes a platform role; the platform always keeps at least one admin. */
export async function setPlatformRole(db: Db, ctx: RequestContext, userId: string, role: PlatformRole | null) {
  assertAdmin(ctx);
  return withTransaction(db, async (trx) => {
    const user = await repo.findUserById(trx, userId);
    if (!user) throw new NotFoundError();
    if (user.platform_role === 'admin' && role !== 'admin' && (await repo.countUsersWithRole(trx, 'admin')) <= 1) {
      throw new ConflictError('user.last_admin', 'The platform needs at least one admin.');
    }
    const updatedAt = nowIso();
    await repo.updateUser(trx, userId, { platform_role: role, updated_at: updatedAt });
    await recordAudit(trx, ctx, { action: 'user.platform_role', entityType: 'user', entityId: userId, before: { platformRole: user.platform_role }, after: { platformRole: role }, organisationId: null });
    return presentAdminUser({ ...user, platform_role: role, updated_at: updatedAt });
  });
}
