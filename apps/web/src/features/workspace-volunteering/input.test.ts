// Form values → request bodies (opportunity, one shift, a weekly series, a shift edit) and the
// value estimate from the valuation rules.
// Run: node --import tsx --test apps/web/src/features/workspace-volunteering/input.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ValuationRule } from '../ledger/api.ts';
import { BLANK_OPPORTUNITY, buildOpportunity } from './opportunity-input.ts';
import { buildShiftPatch, buildSingleShift, buildWeeklyShifts, seriesCount, shiftToValues } from './shift-input.ts';
import { rateInForce, valueOfMinutes } from './value.ts';

const ids = { initiativeId: '11111111-1111-4111-8111-111111111111', needId: '22222222-2222-4222-8222-222222222222' };

describe('buildOpportunity', () => {
  it('maps the form to the API body: trimmed text, nulls for empty fields, numbers parsed', () => {
    const built = buildOpportunity({
      ...BLANK_OPPORTUNITY, ...ids, titleAr: ' زيارات ', emirate: 'dubai', latitude: '٢٥٫١', longitude: '55.2', minAge: '16',
      skills: ['First aid', ' First aid ', 'Driving'], languages: ['ar', 'en', 'ar'], audience: 'women',
    });
    assert.ok('body' in built);
    assert.deepEqual(built.body, {
      ...ids, titleAr: 'زيارات', titleEn: null, descriptionAr: null, descriptionEn: null, emirate: 'dubai', areaAr: null, areaEn: null, address: null,
      latitude: 25.1, longitude: 55.2, skills: ['First aid', 'Driving'], languages: ['ar', 'en'], minAge: 16, audience: 'women', instructionsAr: null, instructionsEn: null,
    });
  });
  it('names every field that needs attention', () => {
    const built = buildOpportunity({ ...BLANK_OPPORTUNITY, latitude: '95', minAge: 'ten' });
    assert.ok('codes' in built);
    assert.deepEqual(built.codes, { initiativeId: 'validation.required', needId: 'validation.required', titleAr: 'validation.title_required', emirate: 'validation.required', latitude: 'validation.invalid', minAge: 'validation.invalid' });
  });
  it('wants both coordinates or neither', () => {
    const built = buildOpportunity({ ...BLANK_OPPORTUNITY, ...ids, titleEn: 'Visits', emirate: 'sharjah', latitude: '25.3' });
    assert.deepEqual('codes' in built && built.codes, { longitude: 'validation.required' });
  });
});

describe('shift bodies', () => {
  it('sends one shift as instants from UAE time', () => {
    assert.deepEqual(buildSingleShift({ date: '2026-12-05', startTime: '09:00', endTime: '13:00', capacity: '12' }), {
      body: { startsAt: '2026-12-05T05:00:00.000Z', endsAt: '2026-12-05T09:00:00.000Z', capacity: 12 },
    });
    assert.deepEqual(buildSingleShift({ date: '', startTime: '13:00', endTime: '09:00', capacity: '0' }), {
      codes: { date: 'validation.required', endTime: 'validation.end_before_start', capacity: 'validation.not_positive' },
    });
  });
  it('sends a weekly series as the pattern, weekdays sorted, and previews its size', () => {
    const values = { weekdays: [6, 2, 6], from: '2026-12-01', until: '2026-12-31', startTime: '16:00', endTime: '19:00', capacity: '8' };
    assert.equal(seriesCount(values), 9);
    assert.deepEqual(buildWeeklyShifts(values), { body: { weekly: { weekdays: [2, 6], from: '2026-12-01', until: '2026-12-31', startTime: '16:00', endTime: '19:00' }, capacity: 8 } });
  });
  it('refuses a series without weekdays, a reversed range, or one with no date in it', () => {
    const base = { from: '2026-12-01', until: '2026-12-31', startTime: '16:00', endTime: '19:00', capacity: '8' };
    assert.deepEqual(buildWeeklyShifts({ ...base, weekdays: [] }), { codes: { weekdays: 'validation.none_chosen' } });
    assert.deepEqual(buildWeeklyShifts({ ...base, weekdays: [1], until: '2026-11-01' }), { codes: { until: 'validation.end_before_start' } });
    assert.deepEqual(buildWeeklyShifts({ ...base, weekdays: [1], from: '2026-12-01', until: '2026-12-06' }), { codes: { weekdays: 'validation.invalid_value' } });
  });
  it('edits send only what changed', () => {
    const shift = { startsAt: '2026-12-05T05:00:00.000Z', endsAt: '2026-12-05T09:00:00.000Z', capacity: 12 };
    const values = shiftToValues(shift);
    assert.deepEqual(values, { date: '2026-12-05', startTime: '09:00', endTime: '13:00', capacity: '12' });
    assert.deepEqual(buildShiftPatch(shift, values), { body: {} });
    assert.deepEqual(buildShiftPatch(shift, { ...values, endTime: '14:00', capacity: '15' }), { body: { endsAt: '2026-12-05T10:00:00.000Z', capacity: 15 } });
  });
});

describe('value estimate', () => {
  const rule = (over: Partial<ValuationRule>): ValuationRule => ({ id: 'r', kind: 'time', level: null, unit: 'hours', rateFils: 7200, source: 's', sourceUrl: null, effectiveFrom: '2023-01-01', version: 1, createdAt: '2023-01-01', ...over });
  it('uses the version in force on the day', () => {
    const rules = [rule({}), rule({ rateFils: 8000, effectiveFrom: '2027-01-01', version: 2 }), rule({ kind: 'expertise', level: 'senior', rateFils: 40_000 })];
    assert.equal(rateInForce(rules, 'time', '2026-11-29'), 7200);
    assert.equal(rateInForce(rules, 'time', '2027-01-01'), 8000);
    assert.equal(rateInForce(rules, 'expertise', '2026-11-29', 'senior'), 40_000);
    assert.equal(rateInForce(rules, 'knowledge', '2026-11-29'), null);
  });
  it('values minutes exactly like the ledger', () => {
    assert.equal(valueOfMinutes(90, 7200), 10_800);
    assert.equal(valueOfMinutes(1, 7200), 120);
  });
});

describe('shiftFieldCodes', () => {
  it('puts the API field problems on the form fields', async () => {
    const { ApiError } = await import('../../lib/api.ts');
    const { shiftFieldCodes } = await import('./shift-input.ts');
    const err = new ApiError(400, 'validation.failed', 'x', { fields: [{ path: 'weekly.until', code: 'validation.end_before_start', message: '' }, { path: 'startsAt', code: 'validation.invalid_date', message: '' }] });
    assert.deepEqual(shiftFieldCodes(err), { until: 'validation.end_before_start', date: 'validation.invalid_date' });
    assert.deepEqual(shiftFieldCodes(new Error('x')), {});
  });
});

describe('pageOf', () => {
  it('slices a whole list into pages and clamps the page', async () => {
    const { pageOf } = await import('./paged.ts');
    const list = Array.from({ length: 25 }, (_, i) => i);
    assert.deepEqual(pageOf(list, 3, 10), { items: [20, 21, 22, 23, 24], page: 3, pageSize: 10, total: 25 });
    assert.equal(pageOf(list, 9, 10).page, 3);
    assert.deepEqual(pageOf([], 1, 10), { items: [], page: 1, pageSize: 10, total: 0 });
  });
});

describe('knowledge forms', () => {
  it('maps a mentorship: trimmed mentor email, mentees without blanks or repeats', async () => {
    const { BLANK_MENTORSHIP, buildMentorship } = await import('./knowledge-input.ts');
    assert.deepEqual(buildMentorship({ ...BLANK_MENTORSHIP, needId: ids.needId, mentorEmail: ' mentor@ataa.local ', menteeNames: ['سارة', ' سارة ', 'Ali', ''], topicEn: 'Bookkeeping' }), {
      body: { needId: ids.needId, mentorEmail: 'mentor@ataa.local', menteeNames: ['سارة', 'Ali'], topicAr: null, topicEn: 'Bookkeeping' },
    });
    assert.deepEqual(buildMentorship({ ...BLANK_MENTORSHIP, mentorEmail: 'nobody' }), { codes: { needId: 'validation.required', mentorEmail: 'validation.invalid_email', menteeNames: 'validation.none_chosen' } });
  });
  it('maps a session held in UAE time, with hours and minutes as minutes', async () => {
    const { BLANK_SESSION, buildSession } = await import('./knowledge-input.ts');
    const now = Date.parse('2026-11-29T12:00:00Z');
    const v = { ...BLANK_SESSION, needId: ids.needId, format: 'workshop' as const, date: '2026-11-20', time: '18:30', hours: '2', minutes: '15', attendeeCount: '٢٥', materialsUrl: 'https://example.org/slides' };
    assert.deepEqual(buildSession(v, now), {
      body: { needId: ids.needId, format: 'workshop', mentorshipId: null, topicAr: null, topicEn: null, heldAt: '2026-11-20T14:30:00.000Z', minutes: 135, attendeeCount: 25, materialsUrl: 'https://example.org/slides' },
    });
    assert.deepEqual(buildSession({ ...v, date: '2026-12-20', hours: '0', minutes: '0', attendeeCount: '', materialsUrl: 'http://x' }, now), {
      codes: { date: 'validation.in_future', minutes: 'validation.invalid', attendeeCount: 'validation.required', materialsUrl: 'validation.invalid_url' },
    });
  });
});
