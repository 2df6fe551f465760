// Demo volunteering: profiles, opportunities with past and upcoming shifts, sign-ups, attendance
// with verified hours (through the real ledger path), an expertise engagement and mentoring.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../src/platform/db/database.ts';
import { AppError } from '../src/platform/errors.ts';
import type { LedgerWriter } from '../src/modules/contributions/index.ts';
import * as volunteering from '../src/modules/volunteering/volunteering.service.ts';
import * as signups from '../src/modules/volunteering/signups.service.ts';
import * as profile from '../src/modules/volunteering/profile.service.ts';
import * as attendance from '../src/modules/volunteering/attendance.service.ts';
import * as verification from '../src/modules/volunteering/verification.service.ts';
import * as offers from '../src/modules/knowledge/offers.service.ts';
import * as engagements from '../src/modules/knowledge/engagements.service.ts';
import * as mentorships from '../src/modules/knowledge/mentorships.service.ts';
import * as sessions from '../src/modules/knowledge/sessions.service.ts';
import type { CreateOpportunityInput } from '../src/modules/volunteering/volunteering.schemas.ts';
import { contextFor, random } from './demo-actors.ts';
import type { DemoIds } from './demo.ts';
import type { SeededInitiative } from './demo-initiatives.ts';

const DAY = 86_400_000;
interface OpportunitySeed extends Omit<CreateOpportunityInput, 'initiativeId' | 'needId'> {
  initiative: string;
  weekday: number;
  startTime: string;
  endTime: string;
  capacity: number;
}

export interface SeededOpportunity {
  id: string;
  orgId: string;
  managerId: string;
  /** Shifts already held (in the past), oldest first. */
  pastShifts: { id: string; startsAt: string; endsAt: string; volunteers: string[] }[];
  upcomingShifts: string[];
}

// The demo keeps women-only and men-only opportunities to matching people (sign-up shows the
// flag; profiles hold no gender, so the platform itself does not enforce it).
const DEMO_MEN = new Set(['volunteer', 'omar@ataa.local', 'hamdan@ataa.local', 'james@ataa.local', 'rashid@ataa.local']);

const PROFILES = [
  { skills: ['Elderly care', 'First aid'], languages: ['ar', 'en'], emirate: 'dubai', dob: '1994-03-12', availability: [{ weekday: 5, from: '08:00', to: '14:00' }, { weekday: 6, from: '15:00', to: '20:00' }] },
  { skills: ['Event support', 'Customer service'], languages: ['ar'], emirate: 'dubai', dob: '1999-07-02', availability: [{ weekday: 6, from: '07:00', to: '12:00' }] },
  { skills: ['Childcare', 'Arts and crafts'], languages: ['ar', 'en'], emirate: 'sharjah', dob: '1988-11-20', availability: [{ weekday: 2, from: '14:00', to: '19:00' }] },
  { skills: ['Driving', 'Logistics'], languages: ['en', 'hi', 'ur'], emirate: 'abu_dhabi', dob: '1985-01-30', availability: [{ weekday: 5, from: '13:00', to: '19:00' }] },
];

/** Dubai wall-clock time on a UTC day offset from today, as an ISO instant. */
function dubaiTime(dayOffset: number, hhmm: string): string {
  const d = new Date(Date.now() + dayOffset * DAY).toISOString().slice(0, 10);
  return new Date(`${d}T${hhmm}:00+04:00`).toISOString();
}

/** The day offset (≥ 1) of the next given weekday (0 = Sunday), counted in Dubai. */
function nextWeekday(weekday: number, after = 1): number {
  for (let i = after; i < after + 7; i++) if (new Date(Date.now() + i * DAY).getUTCDay() === weekday) return i;
  return after;
}

export async function seedVolunteering(db: Db, ids: DemoIds, initiatives: SeededInitiative[], writer: LedgerWriter): Promise<SeededOpportunity[]> {
  const rnd = random(5);
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'opportunities.json');
  const seeds = JSON.parse(fs.readFileSync(file, 'utf8')) as OpportunitySeed[];
  const people = [ids.users.get('volunteer')!, ...ids.donors];
  const men = new Set([...DEMO_MEN].map((k) => ids.users.get(k)!));
  const suits = (audience: string | undefined, who: string) => audience === 'women' ? !men.has(who) : audience === 'men' ? men.has(who) : true;
  for (const [i, who] of people.entries()) {
    const p = PROFILES[i % PROFILES.length]!;
    await profile.saveProfile(db, await contextFor(db, who), {
      dateOfBirth: p.dob, skills: p.skills, languages: p.languages, emirate: p.emirate as never, area: null, interests: [], availability: p.availability,
      emergencyContact: i % 2 ? '+971 50 123 4567 (أخي)' : '+971 55 765 4321 (spouse)',
    });
  }

  const out: SeededOpportunity[] = [];
  for (const s of seeds) {
    const titled = await db.selectFrom('initiatives').select(['id', 'organisation_id']).where('title_en', '=', s.initiative).executeTakeFirst();
    const ini = titled && initiatives.find((x) => x.id === titled.id);
    const need = ini?.needs.find((n) => n.kind === 'time');
    if (!ini || !need) throw new Error(`demo: no time need for ${s.initiative}`);
    const managerId = ids.orgOwner.get(ini.orgKey)!;
    const manager = await contextFor(db, managerId, ini.orgId);
    const { initiative: _i, weekday, startTime, endTime, capacity, ...fields } = s;
    const o = await volunteering.createOpportunity(db, manager, ini.orgId, { ...fields, initiativeId: ini.id, needId: need.id });
    // Past shifts are created ahead, signed up for, then moved back to when they were held: sign-ups
    // for a shift that has started are refused, as they should be.
    const past: SeededOpportunity['pastShifts'] = [];
    for (const weeksAgo of [5, 3, 1]) {
      const day = nextWeekday(weekday) + 21;
      const created = await volunteering.addShifts(db, manager, o.id, { startsAt: dubaiTime(day, startTime), endsAt: dubaiTime(day, endTime), capacity });
      const shiftId = created.items[0]!.id;
      const crowd = people.filter((p) => p !== managerId && suits(s.audience, p) && rnd() < 0.7).slice(0, capacity);
      const joined: string[] = [];
      for (const who of crowd) {
        try {
          const r = await signups.signUp(db, await contextFor(db, who), shiftId);
          if (r.status === 'confirmed') joined.push(who);
        } catch (err) {
          if (!(err instanceof AppError)) throw err; // an age or overlap rule refused: as in real life
        }
      }
      const held = nextWeekday(weekday, 1) - 7 * weeksAgo;
      const startsAt = dubaiTime(held, startTime);
      const endsAt = dubaiTime(held, endTime);
      await db.updateTable('shifts').set({ starts_at: startsAt, ends_at: endsAt }).where('id', '=', shiftId).execute();
      past.push({ id: shiftId, startsAt, endsAt, volunteers: joined });
    }
    const from = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const until = new Date(Date.now() + 42 * DAY).toISOString().slice(0, 10);
    const upcoming = await volunteering.addShifts(db, manager, o.id, { weekly: { weekdays: [weekday], from, until, startTime, endTime }, capacity });
    for (const [k, shift] of upcoming.items.slice(0, 3).entries()) {
      for (const who of people.filter((p) => p !== managerId && suits(s.audience, p) && rnd() < 0.4 + 0.1 * k)) {
        await signups.signUp(db, await contextFor(db, who), shift.id).catch((err) => { if (!(err instanceof AppError)) throw err; });
      }
    }
    out.push({ id: o.id, orgId: ini.orgId, managerId, pastShifts: past, upcomingShifts: upcoming.items.map((x) => x.id) });
    await seedAttendance(db, writer, manager, past, rnd);
  }
  await seedExpertise(db, ids, writer);
  await seedKnowledge(db, ids, writer);
  return out;
}

/**
 * Who came to the past shifts: mostly checked in and out by the organiser, some self-reported.
 * Older shifts are verified into the ledger; the latest is left partly to review, with one
 * implausible claim flagged, so the organiser's queue has something in it.
 */
async function seedAttendance(db: Db, writer: LedgerWriter, manager: Awaited<ReturnType<typeof contextFor>>, past: SeededOpportunity['pastShifts'], rnd: () => number) {
  const minutes = (iso: string, m: number) => new Date(Date.parse(iso) + m * 60_000).toISOString();
  for (const [index, shift] of past.entries()) {
    const latest = index === past.length - 1;
    for (const [k, who] of shift.volunteers.entries()) {
      const self = await contextFor(db, who);
      const roll = rnd();
      let record: { id: string };
      if (latest && k === 0) {
        // Twelve and a half hours claimed for a three-hour shift: flagged for review, not accepted.
        record = await attendance.reportHours(db, self, shift.id, { startedAt: minutes(shift.startsAt, -240), endedAt: minutes(shift.endsAt, 330), note: 'Stayed to help pack up' });
        continue;
      }
      if (roll < 0.2) {
        record = await attendance.reportHours(db, self, shift.id, { startedAt: shift.startsAt, endedAt: minutes(shift.endsAt, -Math.round(rnd() * 30)), note: null });
      } else if (roll < 0.92) {
        record = await attendance.markAttendance(db, manager, shift.id, { userId: who, action: 'set', checkedInAt: minutes(shift.startsAt, Math.round(rnd() * 10)), checkedOutAt: minutes(shift.endsAt, -Math.round(rnd() * 15)) });
      } else continue; // did not come
      if (!latest || rnd() < 0.4) await verification.decide(db, writer, manager, record.id, { action: 'verify' });
    }
  }
}

const ago = (days: number, hour = 10) => new Date(Date.now() - days * DAY + (hour - 12) * 3_600_000).toISOString();
const dubaiDay = (days: number) => new Date(Date.now() - days * DAY + 4 * 3_600_000).toISOString().slice(0, 10);

async function initiativeByTitle(db: Db, titleEn: string) {
  const ini = await db.selectFrom('initiatives').select(['id', 'organisation_id']).where('title_en', '=', titleEn).executeTakeFirstOrThrow();
  const needs = await db.selectFrom('needs').select(['id', 'kind', 'details']).where('initiative_id', '=', ini.id).orderBy('priority_order').execute();
  return { ...ini, needs };
}

/** A signed-off pro-bono engagement (a structural engineer for home repairs) and an open offer. */
async function seedExpertise(db: Db, ids: DemoIds, writer: LedgerWriter) {
  const safeHome = await initiativeByTitle(db, 'Safe Home: Repairs and Adaptations for Senior Citizens');
  const need = safeHome.needs.find((n) => n.kind === 'expertise' && JSON.parse(n.details).level === 'senior')!;
  const owner = await contextFor(db, (await ownerOf(db, safeHome.organisation_id)), safeHome.organisation_id);
  const expert = await contextFor(db, ids.users.get('james@ataa.local')!);
  const offer = await offers.makeOffer(db, expert, need.id, {
    proposal: 'Chartered structural engineer (15 years). I can survey the homes on your list, prioritise the repairs by safety risk and sign off the contractors’ work.',
    estimatedHours: 24,
  });
  const engagement = await offers.acceptOffer(db, owner, offer.id, {
    scope: 'Safety survey of 12 homes in Al Rashidiya and a prioritised repair list | مسح السلامة لاثني عشر منزلاً في الراشدية وقائمة إصلاحات مرتبة حسب الأولوية',
    deliverables: 'Survey report per home; repair priority list; sign-off of completed works',
  });
  for (const [day, mins, note] of [[40, 300, 'Surveyed homes 1–5'], [33, 360, 'Surveyed homes 6–12'], [26, 240, 'Priority list and contractor briefing'], [12, 180, 'Signed off the first completed works']] as const) {
    await engagements.addLog(db, expert, engagement.engagementId, { workedOn: dubaiDay(day), minutes: mins, note });
  }
  await engagements.signOff(db, writer, owner, engagement.engagementId);
  // An offer still waiting for the organisation's answer.
  const masar = await initiativeByTitle(db, 'Masar: Tech Career Mentoring for Emirati Graduates');
  const mid = masar.needs.find((n) => n.kind === 'expertise' && JSON.parse(n.details).level === 'mid')!;
  await offers.makeOffer(db, await contextFor(db, ids.users.get('priya@ataa.local')!), mid.id, {
    proposal: 'Senior HR business partner: I can run CV clinics and mock interviews for the graduates, two evenings a month.',
    estimatedHours: 16,
  });
}

/** A mentoring relationship with sessions (two confirmed, one waiting) and a confirmed training. */
async function seedKnowledge(db: Db, ids: DemoIds, writer: LedgerWriter) {
  const kanaf = await initiativeByTitle(db, 'Kanaf: Sponsoring and Mentoring Orphans');
  const need = kanaf.needs.find((n) => n.kind === 'knowledge')!;
  const owner = await contextFor(db, await ownerOf(db, kanaf.organisation_id), kanaf.organisation_id);
  const mentor = await contextFor(db, ids.users.get('volunteer')!);
  const m = await mentorships.createMentorship(db, owner, kanaf.organisation_id, {
    needId: need.id, mentorEmail: 'volunteer@ataa.local', menteeNames: ['سالم', 'Ahmad'],
    topicAr: 'التخطيط الدراسي واختيار التخصص الجامعي', topicEn: 'Study planning and choosing a university major',
  });
  const held: string[] = [];
  for (const [days, topicAr, topicEn] of [[45, 'تحديد الأهداف للفصل الدراسي', 'Setting goals for the term'], [30, 'مهارات المذاكرة وإدارة الوقت', 'Study skills and time management'], [9, 'زيارة يوم الجامعة المفتوح', 'University open day visit']] as const) {
    const session = await sessions.reportMentorshipSession(db, mentor, m.id, { format: 'mentoring', topicAr, topicEn, heldAt: ago(days, 17), minutes: 90, attendeeCount: 2, materialsUrl: null });
    held.push(session.id);
  }
  for (const id of held.slice(0, 2)) await sessions.decideSession(db, writer, owner, id, { action: 'confirm' });

  const playtime = await initiativeByTitle(db, "Playtime: Volunteers on Children's Wards");
  const training = playtime.needs.find((n) => n.kind === 'knowledge')!;
  const ward = await contextFor(db, await ownerOf(db, playtime.organisation_id), playtime.organisation_id);
  const workshop = await sessions.reportSession(db, ward, playtime.organisation_id, {
    needId: training.id, format: 'training', hostUserId: ids.users.get('aisha@ataa.local')!,
    topicAr: 'اللعب العلاجي مع الأطفال في المستشفى', topicEn: 'Therapeutic play with children in hospital',
    heldAt: ago(20, 15), minutes: 120, attendeeCount: 18, materialsUrl: 'https://example.org/ataa-demo/therapeutic-play.pdf',
  });
  await sessions.decideSession(db, writer, ward, workshop.id, { action: 'confirm' });
}

async function ownerOf(db: Db, orgId: string): Promise<string> {
  const m = await db.selectFrom('memberships').select('user_id').where('organisation_id', '=', orgId).where('role', '=', 'owner').executeTakeFirstOrThrow();
  return m.user_id;
}
