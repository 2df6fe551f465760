import type { DbOrTrx } from '../../platform/db/database.ts';
import type { AuditEventRow } from '../../platform/db/schema.ts';

/** A new audit event, as services describe it. */
export interface NewAuditEvent {
  at: string;
  actorUserId: string | null;
  actingOrganisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

/** Filters for browsing the log. */
export interface AuditFilter {
  actorUserId?: string;
  organisationId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Appends one event (inside the caller's transaction). */
export async function insertAuditEvent(db: DbOrTrx, e: NewAuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      at: e.at,
      actor_user_id: e.actorUserId,
      acting_organisation_id: e.actingOrganisationId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      before_json: json(e.before),
      after_json: json(e.after),
      request_id: e.requestId,
      ip: e.ip,
    })
    .execute();
}

/** A page of events, newest first, with the actor's display name. */
export async function listAuditEvents(
  db: DbOrTrx,
  f: AuditFilter,
  limit: number,
  offset: number,
): Promise<{ rows: (AuditEventRow & { actor_name: string | null })[]; total: number }> {
  let q = db.selectFrom('audit_events');
  if (f.actorUserId) q = q.where('audit_events.actor_user_id', '=', f.actorUserId);
  if (f.organisationId) q = q.where('audit_events.acting_organisation_id', '=', f.organisationId);
  if (f.action) q = q.where('audit_events.action', '=', f.action);
  if (f.entityType) q = q.where('audit_events.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_events.entity_id', '=', f.entityId);
  if (f.from) q = q.where('audit_events.at', '>=', f.from);
  if (f.to) q = q.where('audit_events.at', '<', f.to);
  const [rows, count] = await Promise.all([
    q
      .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
      .selectAll('audit_events')
      .select('users.display_name as actor_name')
      .orderBy('audit_events.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Distinct action names, for the filter drop-down. */
export async function listAuditActions(db: DbOrTrx): Promise<string[]> {
  const rows = await db.selectFrom('audit_events').select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}
