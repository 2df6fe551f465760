// The `volunteering` keys built at run time (`volunteering:attendance.status.${status}`) name
// every value the API or the UI can give them. Key equality, plural forms, placeholders and the
// literal keys are checked for every namespace by locales/catalogues.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCALES } from '../../../../../packages/shared/src/enums.ts';
import { resources } from '../../locales/resources.ts';
import { flatten, hasKey, type Tree } from '../../locales/flatten.ts';

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(resources[l].volunteering as unknown as Tree)])) as Record<string, Map<string, string>>;

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
  it('names every value of the keys built at run time', () => {
    for (const lang of LOCALES) for (const [prefix, values] of Object.entries(DYNAMIC)) for (const v of values) assert.ok(hasKey(flat[lang], `${prefix}.${v}`), `${lang}: volunteering:${prefix}.${v}`);
  });
});
