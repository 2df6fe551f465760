// The workspaceVolunteering catalogue in step across languages and with the code: same keys
// (plural forms per language), same placeholders, every literal key the feature uses, and a
// label for every status, flag and audience the API can send. (locales/catalogues.test.ts covers
// the older namespaces; this covers this one.)
// Run: node --import tsx --test apps/web/src/features/workspace-volunteering/catalogue.test.ts
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LOCALES } from '../../../../../packages/shared/src/enums.ts';
import { resources } from '../../lib/i18n.ts';
import { AUDIENCES, FLAGS } from './api.ts';

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

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(resources[l].workspaceVolunteering as unknown as Tree)])) as Record<string, Map<string, string>>;
const has = (lang: string, key: string) => flat[lang]!.has(key) || flat[lang]!.has(`${key}_other`);
const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]));

function sources(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

describe('workspaceVolunteering catalogue', () => {
  it('has the same keys in Arabic and English, and every plural form each needs', () => {
    const base = (lang: string) => new Set([...flat[lang]!.keys()].map((k) => k.replace(PLURAL, '')));
    assert.deepEqual([...base('ar')].filter((k) => !base('en').has(k)), []);
    assert.deepEqual([...base('en')].filter((k) => !base('ar').has(k)), []);
    for (const lang of LOCALES) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const families = new Set([...flat[lang]!.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const f of families) for (const c of needed) assert.ok(flat[lang]!.has(`${f}_${c}`), `${lang}: ${f}_${c}`);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, en] of flat.en!) {
      const family = key.replace(PLURAL, '');
      if (PLURAL.test(key)) {
        const ar = new Set([...flat.ar!].filter(([k]) => k.replace(PLURAL, '') === family).flatMap(([, v]) => [...placeholders(v)]));
        for (const p of placeholders(en)) if (p !== 'count' && p !== 'formatted') assert.ok(ar.has(p), `ar ${family} lacks {{${p}}}`);
      } else {
        assert.deepEqual(placeholders(flat.ar!.get(key) ?? ''), placeholders(en), key);
      }
    }
  });

  it('contains every literal key the feature uses', () => {
    const used = new Set(sources(import.meta.dirname).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/['"`]workspaceVolunteering:([A-Za-z0-9_.]+)['"`]/g)].map((m) => m[1]!)));
    assert.ok(used.size > 100, 'found the keys');
    for (const lang of LOCALES) for (const key of used) assert.ok(has(lang, key), `${lang}: workspaceVolunteering:${key}`);
  });

  it('labels every status, flag and audience', () => {
    const groups: Record<string, readonly string[]> = {
      attendanceStatus: ['present', 'claimed', 'flagged', 'verified', 'rejected'],
      signupStatus: ['confirmed', 'waitlisted', 'cancelled'],
      opportunityStatus: ['open', 'closed'],
      offerStatus: ['offered', 'accepted', 'declined', 'withdrawn'],
      engagementStatus: ['active', 'signed_off', 'cancelled'],
      audience: AUDIENCES,
      'hours.tabs': ['review', 'flagged', 'verified', 'rejected'],
      'hours.empty': ['review', 'flagged', 'verified', 'rejected'],
      'knowledge.sessions.status': ['reported', 'confirmed', 'rejected'],
      'knowledge.sessions.tabs': ['reported', 'confirmed', 'rejected'],
      'knowledge.sessions.empty': ['reported', 'confirmed', 'rejected'],
      'knowledge.mentorships.status': ['active', 'ended'],
    };
    for (const lang of LOCALES) {
      for (const [group, values] of Object.entries(groups)) for (const v of values) assert.ok(has(lang, `${group}.${v}`), `${lang}: ${group}.${v}`);
      for (const f of FLAGS) for (const part of ['label', 'help']) assert.ok(has(lang, `flags.${f}.${part}`), `${lang}: flags.${f}.${part}`);
    }
  });
});
