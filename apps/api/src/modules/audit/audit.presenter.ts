import { z } from 'zod';
import type { AuditEventRow } from '../../platform/db/schema.ts';

export const auditEventView = z.object({
  id: z.number(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actingOrganisationId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventView>;

const parse = (s: string | null) => (s === null ? null : JSON.parse(s));

/** Row → API JSON. */
export function presentAuditEvent(r: AuditEventRow & { actor_name: string | null }): AuditEventView {
  return {
    id: Number(r.id),
    at: r.at,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    actingOrganisationId: r.acting_organisation_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: parse(r.before_json),
    after: parse(r.after_json),
    requestId: r.request_id,
  };
}
