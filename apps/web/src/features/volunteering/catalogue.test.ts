// The `volunteering` catalogues (not covered by locales/catalogues.test.ts, which lists its
// namespaces) stay in step: same keys and placeholders in Arabic and English, every plural form
// Arabic needs, every key the feature's source uses, and every status the API can send named.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LOCALES } from '../../../../../packages/shared/src/enums.ts';
import { resources } from '../../lib/i18n.ts';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(resources[l].volunteering as unknown as Tree)])) as Record<string, Map<string, string>>;
const has = (lang: string, key: string) => flat[lang].has(key) || flat[lang].has(`${key}_other`);
const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]));

function sources(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** Keys built from a value at run time, with every value the API or the UI can give them. */
const DYNAMIC: Record<string, readonly string[]> = {
  audience: ['everyone', 'women', 'men', 'families'],
  signupStatus: ['confirmed', 'waitlisted'],
  'signUp.done': ['confirmed', 'waitlisted'],
  'signUp.audienceNotice': ['women', 'men'],
  'signUp.problem': ['too_young.title', 'too_young.text', 'age_unknown.title', 'age_unknown.text', 'overlaps.title', 'overlaps.text', 'already_signed_up.title', 'already_signed_up.text'],
  'attendance.status': ['present', 'claimed', 'flagged', 'verified', 'rejected'],
  'attendance.explain': ['present', 'claimed', 'flagged', 'verified', 'rejected'],
  'attendance.flag': ['overlap', 'over_12h_day', 'checkout_before_checkin', 'outside_window'],
  'checkIn.submit': ['in', 'out'],
  'checkIn.done': ['in', 'out'],
  'checkIn.formLabel': ['in', 'out'],
  'checkIn.window': ['early', 'closed'],
  'myShifts.cancelMessage': ['confirmed', 'waitlisted'],
  'certificates.scopes': ['shift', 'organisation', 'year'],
  'certificates.scopeHelp': ['shift', 'organisation', 'year'],
  'certificates.kind': ['shift', 'organisation', 'year'],
  'engagements.status': ['active', 'signed_off', 'cancelled'],
  'engagement.closed': ['signed_off', 'cancelled'],
  engagement: ['scope', 'deliverables'],
  'mentorships.mentorshipStatus': ['active', 'ended'],
  'mentorships.sessionStatus': ['reported', 'confirmed', 'rejected'],
};

describe('volunteering catalogue', () => {
  it('has the same keys in Arabic and English (plural forms aside)', () => {
    const base = (lang: string) => new Set([...flat[lang].keys()].map((k) => k.replace(PLURAL, '')));
    const ar = base('ar');
    const en = base('en');
    assert.deepEqual([...ar].filter((k) => !en.has(k)), [], 'in Arabic only');
    assert.deepEqual([...en].filter((k) => !ar.has(k)), [], 'in English only');
  });

  it('gives every plural the forms its language needs (Arabic: six)', () => {
    for (const lang of LOCALES) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const families = new Set([...flat[lang].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      assert.ok(families.size > 5, 'found the plural families');
      for (const f of families) for (const c of needed) assert.ok(flat[lang].has(`${f}_${c}`), `${lang}: ${f}_${c}`);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, en] of flat.en) {
      if (PLURAL.test(key)) {
        const family = key.replace(PLURAL, '');
        const arVars = new Set([...flat.ar].filter(([k]) => k.replace(PLURAL, '') === family).flatMap(([, v]) => [...placeholders(v)]));
        for (const v of placeholders(en)) if (v !== 'count' && v !== 'formatted') assert.ok(arVars.has(v), `ar ${family} lacks {{${v}}}`);
      } else {
        assert.deepEqual(placeholders(flat.ar.get(key) ?? ''), placeholders(en), `placeholders differ for ${key}`);
      }
    }
  });

  it('contains every literal key the feature uses', () => {
    const used = new Set(sources(import.meta.dirname).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/['"`]volunteering:([A-Za-z0-9_.]+)['"`]/g)].map((m) => m[1])));
    assert.ok(used.size > 150, `found the keys used (${used.size})`);
    for (const lang of LOCALES) for (const key of used) assert.ok(has(lang, key), `${lang}: volunteering:${key}`);
  });

  it('names every value of the keys built at run time', () => {
    for (const lang of LOCALES) for (const [prefix, values] of Object.entries(DYNAMIC)) for (const v of values) assert.ok(has(lang, `${prefix}.${v}`), `${lang}: volunteering:${prefix}.${v}`);
  });

  it('translates the error codes the volunteer pages show', () => {
    const errors = (lang: 'ar' | 'en') => flatten(resources[lang].errors as unknown as Tree);
    for (const lang of LOCALES) {
      for (const code of ['shift.not_open', 'shift.started', 'offer.already_made', 'offer.own_organisation', 'engagement.not_active', 'certificate.no_verified_hours']) {
        assert.ok(errors(lang).has(code), `${lang}: errors:${code}`);
      }
    }
  });
});
