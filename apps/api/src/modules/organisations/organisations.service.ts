import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, ForbiddenError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { EventBus } from '../../platform/events.ts';
import { offsetOf, type Page, type PageQuery } from '../../platform/http/pagination.ts';
import { recordAudit } from '../audit/index.ts';
import { assertCanDecide, assertCanView, assertMemberRole, isStaff } from './organisations.policy.ts';
import { auditSnapshot, presentOrganisation, type OrganisationView } from './organisations.presenter.ts';
import * as repo from './organisations.repository.ts';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisations.schemas.ts';

const nn = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Creates an organisation; its creator becomes its owner; it waits for platform verification. */
export async function createOrganisation(db: Db, ctx: RequestContext, input: CreateOrganisationInput): Promise<OrganisationView> {
  const actor = ctx.actor!;
  const now = nowIso();
  const row = {
    id: randomUUID(),
    type: input.type,
    name_ar: nn(input.nameAr),
    name_en: nn(input.nameEn),
    description_ar: nn(input.descriptionAr),
    description_en: nn(input.descriptionEn),
    emirate: input.emirate,
    website: nn(input.website),
    status: 'pending',
    created_by: actor.userId,
    decided_by: null,
    decided_at: null,
    decision_reason: null,
    created_at: now,
    updated_at: now,
  };
  await withTransaction(db, async (trx) => {
    await repo.insertOrganisation(trx, row);
    await repo.insertMembership(trx, { organisation_id: row.id, user_id: actor.userId, role: 'owner', created_at: now });
    await recordAudit(trx, ctx, { action: 'organisation.create', entityType: 'organisation', entityId: row.id, after: auditSnapshot(row), organisationId: row.id });
  });
  return presentOrganisation(row, { ...actor, memberships: [...actor.memberships, { organisationId: row.id, role: 'owner' }] });
}

/** One organisation, if the actor may see it (404 otherwise). */
export async function getOrganisation(db: Db, ctx: RequestContext, id: string): Promise<OrganisationView> {
  const org = await repo.findOrganisation(db, id);
  assertCanView(ctx.actor, org);
  return presentOrganisation(org, ctx.actor);
}

/** Public directory: verified organisations only. */
export async function listPublicOrganisations(
  db: Db,
  ctx: RequestContext,
  filter: Omit<repo.OrganisationFilter, 'status'>,
  page: PageQuery,
): Promise<Page<OrganisationView>> {
  const { rows, total } = await repo.listOrganisations(db, { ...filter, status: 'verified' }, page.pageSize, offsetOf(page));
  return { items: rows.map((r) => presentOrganisation(r, ctx.actor)), page: page.page, pageSize: page.pageSize, total };
}

/** Staff directory: every organisation, filterable by status (the approvals queue). */
export async function listAllOrganisations(
  db: Db,
  ctx: RequestContext,
  filter: repo.OrganisationFilter,
  page: PageQuery,
): Promise<Page<OrganisationView>> {
  if (!isStaff(ctx.actor)) throw new ForbiddenError();
  const { rows, total } = await repo.listOrganisations(db, filter, page.pageSize, offsetOf(page));
  return { items: rows.map((r) => presentOrganisation(r, ctx.actor)), page: page.page, pageSize: page.pageSize, total };
}

/** Edits an organisation's details (managers and owners). */
export async function updateOrganisation(db: Db, events: EventBus, ctx: RequestContext, id: string, input: UpdateOrganisationInput): Promise<OrganisationView> {
  assertMemberRole(ctx.actor, id, 'manager', true);
  return withTransaction(db, async (trx) => {
    const before = await repo.findOrganisation(trx, id);
    assertCanView(ctx.actor, before);
    const patch = {
      ...(input.type !== undefined && { type: input.type }),
      ...(input.nameAr !== undefined && { name_ar: input.nameAr }),
      ...(input.nameEn !== undefined && { name_en: input.nameEn }),
      ...(input.descriptionAr !== undefined && { description_ar: input.descriptionAr }),
      ...(input.descriptionEn !== undefined && { description_en: input.descriptionEn }),
      ...(input.emirate !== undefined && { emirate: input.emirate }),
      ...(input.website !== undefined && { website: input.website }),
    };
    const after = { ...before, ...patch, updated_at: nowIso() };
    if (!after.name_ar && !after.name_en) {
      throw new ConflictError('validation.name_required', 'An organisation needs a name in Arabic or English.');
    }
    await repo.updateOrganisation(trx, id, { ...patch, updated_at: after.updated_at });
    await recordAudit(trx, ctx, { action: 'organisation.update', entityType: 'organisation', entityId: id, before: auditSnapshot(before), after: auditSnapshot(after), organisationId: id });
    await events.emit(trx, 'organisation.updated', { organisationId: id });
    return presentOrganisation(after, ctx.actor);
  });
}

/** A platform admin verifies or rejects an organisation waiting for review. */
export async function decideOrganisation(
  db: Db,
  ctx: RequestContext,
  id: string,
  decision: 'verify' | 'reject',
  reason: string | undefined,
): Promise<OrganisationView> {
  assertCanDecide(ctx.actor);
  return withTransaction(db, async (trx) => {
    const before = await repo.findOrganisation(trx, id);
    assertCanView(ctx.actor, before);
    const status = decision === 'verify' ? 'verified' : 'rejected';
    if (before.status === status) {
      throw new ConflictError('organisation.already_decided', `The organisation is already ${status}.`);
    }
    const now = nowIso();
    const patch = { status, decided_by: ctx.actor!.userId, decided_at: now, decision_reason: reason ?? null, updated_at: now };
    await repo.updateOrganisation(trx, id, patch);
    const after = { ...before, ...patch };
    await recordAudit(trx, ctx, { action: `organisation.${decision}`, entityType: 'organisation', entityId: id, before: auditSnapshot(before), after: { ...auditSnapshot(after), reason: reason ?? null }, organisationId: id });
    return presentOrganisation(after, ctx.actor);
  });
}

/**
 * Throws unless the organisation is verified. Other modules call this before anything public
 * (publishing an initiative, receiving money): unverified organisations can do nothing public.
 */
export async function assertOrganisationVerified(db: Db, orgId: string): Promise<void> {
  const org = await repo.findOrganisation(db, orgId);
  if (!org || org.status !== 'verified') {
    throw new ForbiddenError('organisation.not_verified', 'The organisation has not been verified yet.');
  }
}
