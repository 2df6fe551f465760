import type { DbOrTrx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { Page, PageQuery } from '../../platform/http/pagination.ts';
import { offsetOf } from '../../platform/http/pagination.ts';
import { assertCanReadAudit } from './audit.policy.ts';
import { presentAuditEvent, type AuditEventView } from './audit.presenter.ts';
import * as repo from './audit.repository.ts';

/** A change to record: what happened to which entity, with snapshots. */
export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  /** Overrides the actor's acting organisation (e.g. an admin acting on an organisation). */
  organisationId?: string | null;
}

/**
 * Records a change in the append-only audit log. Call it with the same transaction as the change
 * itself, so the log and the data can never disagree.
 */
export async function recordAudit(trx: DbOrTrx, ctx: RequestContext, change: AuditChange): Promise<void> {
  await repo.insertAuditEvent(trx, {
    at: nowIso(),
    actorUserId: ctx.actor?.userId ?? null,
    actingOrganisationId: change.organisationId !== undefined ? change.organisationId : (ctx.actor?.actingOrganisationId ?? null),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

/** Browses the log (admins and verifiers). */
export async function browseAuditLog(
  db: DbOrTrx,
  ctx: RequestContext,
  filter: repo.AuditFilter,
  page: PageQuery,
): Promise<Page<AuditEventView> & { actions: string[] }> {
  assertCanReadAudit(ctx.actor);
  const bounded = { ...filter, from: startOf(filter.from), to: endOf(filter.to) };
  const [{ rows, total }, actions] = await Promise.all([
    repo.listAuditEvents(db, bounded, page.pageSize, offsetOf(page)),
    repo.listAuditActions(db),
  ]);
  return { items: rows.map(presentAuditEvent), page: page.page, pageSize: page.pageSize, total, actions };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** A date-only lower bound means the start of that day (UTC). */
function startOf(d: string | undefined): string | undefined {
  return d && DATE_ONLY.test(d) ? `${d}T00:00:00.000Z` : d ? new Date(d).toISOString() : undefined;
}
/** A date-only upper bound includes that whole day. */
function endOf(d: string | undefined): string | undefined {
  if (!d) return undefined;
  if (!DATE_ONLY.test(d)) return new Date(d).toISOString();
  const next = new Date(`${d}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}
