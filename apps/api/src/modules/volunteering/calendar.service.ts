import { randomBytes } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Config } from '../../config.ts';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { isUniqueViolation, nowIso, withTransaction } from '../../platform/db/database.ts';
import { NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './calendar.repository.ts';

// 32 random bytes → 43 URL-safe characters. The token is the only secret of a feed: calendar
// apps cannot sign in, so whoever has the URL can read it (and the owner can rotate it).
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const newToken = () => randomBytes(32).toString('base64url');

// Past shifts stay in the feed for a while (people look back at what they did), but not forever:
// calendar apps re-download the whole feed every refresh.
const HISTORY_DAYS = 90;
const MAX_EVENTS = 1000;

const EMIRATE_NAMES: Record<string, [string, string]> = {
  abu_dhabi: ['أبوظبي', 'Abu Dhabi'], dubai: ['دبي', 'Dubai'], sharjah: ['الشارقة', 'Sharjah'], ajman: ['عجمان', 'Ajman'],
  umm_al_quwain: ['أم القيوين', 'Umm Al Quwain'], ras_al_khaimah: ['رأس الخيمة', 'Ras Al Khaimah'], fujairah: ['الفجيرة', 'Fujairah'],
};

/** "Arabic | English", or whichever exists when only one does (or both are the same). */
const bilingual = (ar: string | null | undefined, en: string | null | undefined): string =>
  ar && en && ar !== en ? `${ar} | ${en}` : (ar || en || '');

export function feedUrls(config: Config, token: string) {
  const url = `${config.publicUrl}/api/v1/calendar/${token}.ics`;
  // webcal:// makes phones and desktop calendars offer "subscribe" instead of a one-off import.
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
}

/** The owner's feed token, created on first use (two first calls at once agree on one token). */
async function ensureFeed(db: Db, owner: repo.FeedOwner): Promise<string> {
  const existing = await repo.findFeedByOwner(db, owner);
  if (existing) return existing.token;
  try {
    const token = newToken();
    await repo.insertFeed(db, { token, owner_type: owner.type, owner_id: owner.id, created_at: nowIso() });
    return token;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return (await repo.findFeedByOwner(db, owner))!.token;
  }
}

/** Replaces the owner's token: the old URL stops working at once (e.g. after it was shared by mistake). */
async function rotateFeed(db: Db, ctx: RequestContext, owner: repo.FeedOwner, organisationId: string | null): Promise<string> {
  return withTransaction(db, async (trx: DbOrTrx) => {
    await repo.deleteFeed(trx, owner);
    const token = newToken();
    await repo.insertFeed(trx, { token, owner_type: owner.type, owner_id: owner.id, created_at: nowIso() });
    // The token itself is a secret and stays out of the log; who reset which feed is what matters.
    await recordAudit(trx, ctx, { action: 'calendar.reset', entityType: 'calendar_feed', entityId: owner.id, after: { ownerType: owner.type }, organisationId });
    return token;
  });
}

function actorId(ctx: RequestContext): string {
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor.userId;
}

export async function myCalendar(db: Db, config: Config, ctx: RequestContext) {
  return feedUrls(config, await ensureFeed(db, { type: 'user', id: actorId(ctx) }));
}

export async function resetMyCalendar(db: Db, config: Config, ctx: RequestContext) {
  return feedUrls(config, await rotateFeed(db, ctx, { type: 'user', id: actorId(ctx) }, null));
}

/** The organisation's feed (the route's access gate has checked membership). */
export async function organisationCalendar(db: Db, config: Config, orgId: string) {
  return feedUrls(config, await ensureFeed(db, { type: 'organisation', id: orgId }));
}

export async function resetOrganisationCalendar(db: Db, config: Config, ctx: RequestContext, orgId: string) {
  return feedUrls(config, await rotateFeed(db, ctx, { type: 'organisation', id: orgId }, orgId));
}

type ShiftLine = Awaited<ReturnType<typeof repo.organisationShifts>>[number] | Awaited<ReturnType<typeof repo.userShifts>>[number];

function location(s: ShiftLine) {
  const emirate = EMIRATE_NAMES[s.emirate];
  const title = [bilingual(s.area_ar, s.area_en), s.address, emirate ? bilingual(emirate[0], emirate[1]) : s.emirate].filter(Boolean).join(' — ');
  const geo = s.latitude !== null && s.longitude !== null ? { lat: Number(s.latitude), lon: Number(s.longitude) } : undefined;
  return geo ? { title, geo } : title;
}

/**
 * The iCalendar feed behind a token. Times are written in UTC (`…Z`) with Asia/Dubai as the
 * calendar's display zone (X-WR-TIMEZONE): UTC instants cannot be misread, whatever zone the
 * server or the phone is in, and the UAE has no daylight saving to get wrong.
 */
export async function calendarFeed(db: Db, config: Config, token: string): Promise<string> {
  const feed = TOKEN.test(token) ? await repo.findFeedByToken(db, token) : undefined;
  if (!feed) throw new NotFoundError('calendar.not_found', 'This calendar link is not valid (it may have been reset).');
  const since = new Date(Date.now() - HISTORY_DAYS * 86_400_000).toISOString();
  const host = new URL(config.publicUrl).hostname;
  const cal = ical({ prodId: { company: 'Ataa', product: 'Volunteering', language: 'AR' }, ttl: 3600 });
  cal.x([{ key: 'X-WR-TIMEZONE', value: 'Asia/Dubai' }]);
  const uid = (shiftId: string) => `shift-${shiftId}-${feed.owner_type}-${feed.owner_id}@${host}`;

  if (feed.owner_type === 'user') {
    cal.name('ورديات التطوع في عطاء | My Ataa volunteer shifts');
    for (const s of await repo.userShifts(db, feed.owner_id, since, MAX_EVENTS)) {
      const waitlisted = s.signup_status === 'waitlisted';
      cal.createEvent({
        id: uid(s.id), start: new Date(s.starts_at), end: new Date(s.ends_at), lastModified: new Date(s.updated_at > s.signup_updated_at ? s.updated_at : s.signup_updated_at),
        summary: `${waitlisted ? '[قائمة الانتظار | Waitlist] ' : ''}${bilingual(s.title_ar, s.title_en)}`,
        status: waitlisted ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
        location: location(s),
        description: [
          waitlisted ? 'أنت على قائمة الانتظار لهذه الوردية، وسنخبرك إذا تأكد مكانك. | You are on the waitlist for this shift; we will tell you if a place opens up.' : '',
          bilingual(s.org_name_ar, s.org_name_en), s.instructions_ar ?? '', s.instructions_en ?? '',
        ].filter(Boolean).join('\n\n'),
        url: `${config.publicUrl}/volunteer/opportunities/${s.opportunity_id}`,
      });
    }
  } else {
    const org = await repo.organisationNames(db, feed.owner_id);
    cal.name(`ورديات ${org?.name_ar ?? org?.name_en ?? ''} | ${org?.name_en ?? org?.name_ar ?? ''} shifts`);
    for (const s of await repo.organisationShifts(db, feed.owner_id, since, MAX_EVENTS)) {
      const confirmed = Number(s.confirmed);
      const waitlisted = Number(s.waitlisted);
      cal.createEvent({
        id: uid(s.id), start: new Date(s.starts_at), end: new Date(s.ends_at), lastModified: new Date(s.updated_at),
        summary: `${bilingual(s.title_ar, s.title_en)} (${confirmed}/${s.capacity})`,
        status: ICalEventStatus.CONFIRMED,
        location: location(s),
        description: [
          `المؤكدون: ${confirmed} من ${s.capacity}، قائمة الانتظار: ${waitlisted} | Confirmed: ${confirmed} of ${s.capacity}, waitlist: ${waitlisted}`,
          s.instructions_ar ?? '', s.instructions_en ?? '',
        ].filter(Boolean).join('\n\n'),
        url: `${config.publicUrl}/workspace/${feed.owner_id}/volunteering`,
      });
    }
  }
  return cal.toString();
}
