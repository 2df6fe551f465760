import { randomUUID } from 'node:crypto';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import { recordAudit } from '../audit/index.ts';
import { queueMessage } from '../outbox/index.ts';
import * as repo from './expertise.repository.ts';
import { findNeedWithOwner, findUserContact, type NeedWithOwner } from './needs.repository.ts';
import { presentExpertiseNeed, presentOffer, presentOfferForOrganisation } from './knowledge.presenter.ts';
import { actorOf, assertOrgRole, isMember } from './knowledge.policy.ts';
import type { AcceptInput, OfferInput } from './knowledge.schemas.ts';
import { offerAccepted, offerDeclined, type NoticeSubject } from './notices.ts';

const LIVE = ['approved', 'active'];

const subjectOf = (n: NeedWithOwner): NoticeSubject => ({
  orgAr: n.org_name_ar, orgEn: n.org_name_en,
  titleAr: n.title_ar ?? n.initiative_title_ar, titleEn: n.title_en ?? n.initiative_title_en,
});

/** The public catalogue of open expertise needs of live initiatives. */
export async function listExpertiseNeeds(db: Db, f: { level?: string }, page: PageQuery) {
  const [rows, count] = await repo.listOpenExpertiseNeeds(db, f, page.pageSize, offsetOf(page));
  return { items: rows.map(presentExpertiseNeed), page: page.page, pageSize: page.pageSize, total: Number(count.n) };
}

/**
 * Offers the person's expertise for a need. One offer per person per need (a withdrawn one may
 * be renewed); members of the organisation cannot offer to it: their work is not a gift to it
 * from outside, and they could accept it themselves.
 */
export async function makeOffer(db: Db, ctx: RequestContext, needId: string, input: OfferInput) {
  const actor = actorOf(ctx);
  return withTransaction(db, async (trx) => {
    const need = await findNeedWithOwner(trx, needId);
    if (!need) throw new NotFoundError();
    if (need.kind !== 'expertise') throw new ConflictError('contribution.kind_not_accepted', `This need asks for ${need.kind}, not expertise.`);
    if (!LIVE.includes(need.initiative_status) || need.status !== 'open') throw new ConflictError('offer.need_closed', 'This need is not taking offers.');
    if (isMember(actor, need.organisation_id)) throw new ForbiddenError('offer.own_organisation', 'Members cannot offer expertise to their own organisation.');
    const now = nowIso();
    const existing = await repo.findOfferOf(trx, needId, actor.userId);
    if (existing && existing.status !== 'withdrawn') throw new ConflictError('offer.already_made', 'You have already offered your expertise for this need.', { offerId: existing.id, status: existing.status });
    const row = {
      id: existing?.id ?? randomUUID(), need_id: needId, organisation_id: need.organisation_id, user_id: actor.userId,
      proposal: input.proposal, estimated_hours: input.estimatedHours ?? null, status: 'offered', created_at: existing?.created_at ?? now, updated_at: now,
    };
    if (existing) await repo.renewOffer(trx, row);
    else {
      try {
        await repo.insertOffer(trx, row);
      } catch (err) {
        // Two requests at once from the same person: the unique (need, person) constraint decides.
        if (isUniqueViolation(err)) throw new ConflictError('offer.already_made', 'You have already offered your expertise for this need.');
        throw err;
      }
    }
    await recordAudit(trx, ctx, { action: existing ? 'offer.renew' : 'offer.create', entityType: 'expertise_offer', entityId: row.id, after: { needId, estimatedHours: row.estimated_hours }, organisationId: null });
    return presentOffer(row);
  });
}

/** The offers on a need, for the organisation's members. */
export async function listOffers(db: Db, ctx: RequestContext, needId: string) {
  const need = await findNeedWithOwner(db, needId);
  if (!need) throw new NotFoundError();
  assertOrgRole(ctx, need.organisation_id, 'member');
  return { items: (await repo.listOffersForNeed(db, needId)).map(presentOfferForOrganisation) };
}

/** Loads an offer that is still open, for a manager of its organisation, inside `trx`. */
async function openOfferForManager(trx: DbOrTrx, ctx: RequestContext, offerId: string) {
  const offer = await repo.lockOffer(trx, offerId);
  if (!offer) throw new NotFoundError();
  assertOrgRole(ctx, offer.organisation_id, 'manager');
  if (offer.status !== 'offered') throw new ConflictError('offer.not_open', `This offer is ${offer.status}.`, { status: offer.status });
  const need = await findNeedWithOwner(trx, offer.need_id);
  const expert = await findUserContact(trx, offer.user_id);
  if (!need || !expert) throw new NotFoundError();
  return { offer, need, expert };
}

/**
 * Accepts an offer: an engagement starts at the need's level (the valuation rate of the eventual
 * sign-off), and the expert is told. Other offers on the need stay open until declined: some
 * needs take more than one expert.
 */
export async function acceptOffer(db: Db, ctx: RequestContext, offerId: string, input: AcceptInput) {
  return withTransaction(db, async (trx) => {
    const { offer, need, expert } = await openOfferForManager(trx, ctx, offerId);
    if (!LIVE.includes(need.initiative_status) || need.status !== 'open') throw new ConflictError('offer.need_closed', 'This need is no longer open: decline the offer instead.');
    const level = (JSON.parse(need.details) as { level?: string }).level ?? 'mid';
    const now = nowIso();
    await repo.setOfferStatus(trx, offer.id, 'accepted', now);
    const engagement = {
      id: randomUUID(), offer_id: offer.id, need_id: offer.need_id, organisation_id: offer.organisation_id, expert_user_id: offer.user_id,
      level, scope: input.scope, deliverables: input.deliverables, status: 'active', signed_off_by: null, signed_off_at: null, contribution_id: null,
      cancelled_by: null, cancelled_at: null, cancel_reason: null, created_at: now, updated_at: now,
    };
    await repo.insertEngagement(trx, engagement);
    await queueMessage(trx, offerAccepted(expert.email, expert.locale, subjectOf(need), input.scope));
    await recordAudit(trx, ctx, { action: 'offer.accept', entityType: 'expertise_offer', entityId: offer.id, before: { status: offer.status }, after: { status: 'accepted', engagementId: engagement.id, level }, organisationId: offer.organisation_id });
    return { offer: presentOffer({ ...offer, status: 'accepted', updated_at: now }), engagementId: engagement.id };
  });
}

/** Declines an offer; the expert is told (with the reason, if given). */
export async function declineOffer(db: Db, ctx: RequestContext, offerId: string, reason: string | null) {
  return withTransaction(db, async (trx) => {
    const { offer, need, expert } = await openOfferForManager(trx, ctx, offerId);
    const now = nowIso();
    await repo.setOfferStatus(trx, offer.id, 'declined', now);
    await queueMessage(trx, offerDeclined(expert.email, expert.locale, subjectOf(need), reason));
    await recordAudit(trx, ctx, { action: 'offer.decline', entityType: 'expertise_offer', entityId: offer.id, before: { status: offer.status }, after: { status: 'declined', reason }, organisationId: offer.organisation_id });
    return presentOffer({ ...offer, status: 'declined', updated_at: now });
  });
}

/** The expert withdraws their offer while it is still open. */
export async function withdrawOffer(db: Db, ctx: RequestContext, offerId: string): Promise<void> {
  const actor = actorOf(ctx);
  await withTransaction(db, async (trx) => {
    const offer = await repo.lockOffer(trx, offerId);
    // Someone else's offer does not exist as far as this person can tell.
    if (!offer || offer.user_id !== actor.userId) throw new NotFoundError();
    if (offer.status !== 'offered') throw new ConflictError('offer.not_open', `This offer is ${offer.status}.`, { status: offer.status });
    await repo.setOfferStatus(trx, offer.id, 'withdrawn', nowIso());
    await recordAudit(trx, ctx, { action: 'offer.withdraw', entityType: 'expertise_offer', entityId: offer.id, before: { status: offer.status }, after: { status: 'withdrawn' }, organisationId: null });
  });
}
