// The workspaceVolunteering keys built at run time name every status, flag and audience the API
// can send. Key equality, plural forms, placeholders and the literal keys are checked for every
// namespace by locales/catalogues.test.ts.
// Run: node --import tsx --test apps/web/src/features/workspace-volunteering/catalogue.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCALES } from '../../../../../packages/shared/src/enums.ts';
import { resources } from '../../locales/resources.ts';
import { flatten, hasKey, type Tree } from '../../locales/flatten.ts';
import { AUDIENCES, FLAGS } from './api.ts';

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(resources[l].workspaceVolunteering as unknown as Tree)])) as Record<string, Map<string, string>>;
const has = (lang: string, key: string) => hasKey(flat[lang]!, key);

describe('workspaceVolunteering catalogue', () => {
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
