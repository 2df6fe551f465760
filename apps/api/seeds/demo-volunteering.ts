// Demo volunteering: profiles, opportunities with past and upcoming shifts, sign-ups, attendance
// with verified hours (through the real ledger path), an expertise engagement and mentoring.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../src/platform/db/database.ts';
import { AppError } from '../src/platform/errors.ts';
import type { LedgerWriter } from '../src/modules/contributions/index.ts';
import * as volunteering from '../src/modules/volunteering/volunteering.service.ts';
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

export async function seedVolunteering(db: Db, ids: DemoIds, initiatives: SeededInitiative[], _writer: LedgerWriter): Promise<SeededOpportunity[]> {
  const rnd = random(5);
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'opportunities.json');
  const seeds = JSON.parse(fs.readFileSync(file, 'utf8')) as OpportunitySeed[];
  const people = [ids.users.get('volunteer')!, ...ids.donors];
  for (const [i, who] of people.entries()) {
    const p = PROFILES[i % PROFILES.length]!;
    await volunteering.saveProfile(db, await contextFor(db, who), {
      dateOfBirth: p.dob, skills: p.skills, languages: p.languages, emirate: p.emirate as never, availability: p.availability,
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
      const crowd = people.filter((p) => p !== managerId && rnd() < 0.7).slice(0, capacity);
      const joined: string[] = [];
      for (const who of crowd) {
        try {
          const r = await volunteering.signUp(db, await contextFor(db, who), shiftId);
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
      for (const who of people.filter((p) => p !== managerId && rnd() < 0.4 + 0.1 * k)) {
        await volunteering.signUp(db, await contextFor(db, who), shift.id).catch((err) => { if (!(err instanceof AppError)) throw err; });
      }
    }
    out.push({ id: o.id, orgId: ini.orgId, managerId, pastShifts: past, upcomingShifts: upcoming.items.map((x) => x.id) });
  }
  return out;
}
