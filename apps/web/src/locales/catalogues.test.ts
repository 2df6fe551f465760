// The Arabic and English catalogues stay in step: same keys (plural forms per language), same
// placeholders, every API error code and validation message translated, every key the source
// uses present. Run: node --import tsx --test apps/web/src/locales/catalogues.test.ts
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ERROR_CODES } from '../../../api/src/platform/errors.ts';
import {
  EMIRATES,
  LOCALES,
  MEMBER_ROLES,
  ORGANISATION_STATUSES,
  ORGANISATION_TYPES,
  PLATFORM_ROLES,
  TOKEN_SCOPES,
  BENEFICIARY_GROUPS,
  EXPERTISE_LEVELS,
  FRAMEWORK_LEVELS,
  GIVING_DESIGNATIONS,
  INITIATIVE_STATUSES,
  KNOWLEDGE_FORMATS,
  NEED_KINDS,
} from '../../../../packages/shared/src/enums.ts';
import { flatten, hasKey, type Tree } from './flatten.ts';

const here = import.meta.dirname;
const repo = path.resolve(here, '../../../..');
const NAMESPACES = ['common', 'identity', 'organisations', 'admin', 'errors', 'enums', 'contributions', 'ledger', 'initiatives', 'priorities', 'volunteering', 'workspaceVolunteering'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

const catalogue = (lang: string, ns: string): Tree => JSON.parse(fs.readFileSync(path.join(here, lang, `${ns}.json`), 'utf8'));

const flat = Object.fromEntries(
  LOCALES.map((lang) => [lang, new Map(NAMESPACES.flatMap((ns) => [...flatten(catalogue(lang, ns))].map(([k, v]) => [`${ns}:${k}`, v] as const)))]),
) as Record<string, Map<string, string>>;

/** True when `ns:key` resolves in `lang`, directly or as a plural family. */
const has = (lang: string, key: string) => hasKey(flat[lang], key);

const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]));

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

describe('locale catalogues', () => {
  it('have the same keys in every language (plural forms aside)', () => {
    const [first, ...rest] = LOCALES;
    const base = (lang: string) => new Set([...flat[lang].keys()].map((k) => k.replace(PLURAL, '')));
    for (const lang of rest) {
      const a = base(first);
      const b = base(lang);
      assert.deepEqual([...a].filter((k) => !b.has(k)), [], `keys in ${first} missing from ${lang}`);
      assert.deepEqual([...b].filter((k) => !a.has(k)), [], `keys in ${lang} missing from ${first}`);
    }
  });

  it('give every plural the forms its language needs (Arabic: zero…other, English: one/other)', () => {
    for (const lang of LOCALES) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const families = new Set([...flat[lang].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const family of families) {
        for (const category of needed) assert.ok(flat[lang].has(`${family}_${category}`), `${lang}: ${family}_${category} is missing`);
      }
    }
  });

  it('use the same placeholders in every language', () => {
    for (const [key, en] of flat.en) {
      const family = key.replace(PLURAL, '');
      const arForms = [...flat.ar].filter(([k]) => k.replace(PLURAL, '') === family).map(([, v]) => v);
      const arVars = new Set(arForms.flatMap((v) => [...placeholders(v)]));
      for (const v of placeholders(en)) {
        // Arabic "one"/"two" forms may spell the number out ("نتيجتان"), so compare per family.
        if (PLURAL.test(key) && (v === 'count' || v === 'formatted')) continue;
        assert.ok(arVars.has(v), `ar ${family} lacks {{${v}}}`);
      }
      if (!PLURAL.test(key)) assert.deepEqual(placeholders(flat.ar.get(key) ?? ''), placeholders(en), `placeholders differ for ${key}`);
    }
  });

  it('translate every API error code', () => {
    for (const lang of LOCALES) for (const code of ERROR_CODES) assert.ok(has(lang, `errors:${code}`), `${lang}: errors:${code}`);
  });

  it('translate every validation.* message the shared rules and the API can send', () => {
    const sources = [path.join(repo, 'packages/shared/src'), path.join(repo, 'apps/api/src')].flatMap((d) => walk(d));
    const codes = new Set(sources.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/['"`](validation\.[a-z_]+)['"`]/g)].map((m) => m[1])));
    assert.ok(codes.has('validation.too_short') && codes.has('validation.invalid_email'), 'found the shared validation messages');
    for (const lang of LOCALES) for (const code of codes) assert.ok(has(lang, `errors:${code}`), `${lang}: errors:${code}`);
  });

  it('translate every enum value', () => {
    const enums: Record<string, readonly string[]> = {
      organisationType: ORGANISATION_TYPES,
      organisationStatus: ORGANISATION_STATUSES,
      memberRole: MEMBER_ROLES,
      platformRole: PLATFORM_ROLES,
      emirate: EMIRATES,
      tokenScope: TOKEN_SCOPES,
      locale: LOCALES,
      initiativeStatus: INITIATIVE_STATUSES,
      needKind: NEED_KINDS,
      expertiseLevel: EXPERTISE_LEVELS,
      knowledgeFormat: KNOWLEDGE_FORMATS,
      givingDesignation: GIVING_DESIGNATIONS,
      beneficiaryGroup: BENEFICIARY_GROUPS,
      frameworkLevel: FRAMEWORK_LEVELS,
    };
    for (const lang of LOCALES) {
      for (const [name, values] of Object.entries(enums)) for (const v of values) assert.ok(has(lang, `enums:${name}.${v}`), `${lang}: enums:${name}.${v}`);
    }
  });

  it('contain every literal key the web app uses', () => {
    const used = new Set(
      walk(path.resolve(here, '..')).flatMap((f) =>
        [...fs.readFileSync(f, 'utf8').matchAll(/['"`]((?:common|identity|organisations|admin|errors|enums|contributions|ledger|initiatives|priorities|volunteering|workspaceVolunteering):[A-Za-z0-9_.]+)['"`]/g)].map((m) => m[1]),
      ),
    );
    assert.ok(used.size > 100, 'found the keys used in the source');
    for (const lang of LOCALES) for (const key of used) assert.ok(has(lang, key), `${lang}: ${key} is used but not translated`);
  });
});
