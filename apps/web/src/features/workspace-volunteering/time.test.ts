// UAE wall-clock ↔ instants, weekly series dates, minutes ↔ hours and minutes, durations in words.
// Run: node --import tsx --test apps/web/src/features/workspace-volunteering/time.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { durationText, gulfToIso, gulfToday, inCheckWindow, isoToGulf, joinMinutes, minutesBetween, parseDecimal, parseWholeNumber, splitMinutes, weeklyDates } from './time.ts';

describe('Gulf time', () => {
  it('turns a UAE date and time into the UTC instant (UTC+4, no daylight saving)', () => {
    assert.equal(gulfToIso('2026-12-05', '09:00'), '2026-12-05T05:00:00.000Z');
    assert.equal(gulfToIso('2026-07-01', '02:30'), '2026-06-30T22:30:00.000Z');
    assert.equal(gulfToIso('2026-02-30', '09:00'), null);
    assert.equal(gulfToIso('2026-12-05', '24:00'), null);
  });
  it('reads an instant back as the UAE date and time', () => {
    assert.deepEqual(isoToGulf('2026-06-30T22:30:00.000Z'), { date: '2026-07-01', time: '02:30' });
    assert.deepEqual(isoToGulf(gulfToIso('2026-12-31', '23:59')!), { date: '2026-12-31', time: '23:59' });
    assert.equal(gulfToday(Date.parse('2026-11-29T21:00:00Z')), '2026-11-30');
  });
});

describe('weeklyDates (the series preview)', () => {
  it('counts the days on the chosen weekdays, both ends included', () => {
    // 1 Dec 2026 is a Tuesday; December has five Tuesdays and four Saturdays.
    assert.equal(weeklyDates('2026-12-01', '2026-12-31', [2]).length, 5);
    assert.equal(weeklyDates('2026-12-01', '2026-12-31', [2, 6]).length, 9);
    assert.deepEqual(weeklyDates('2026-12-01', '2026-12-08', [2]), ['2026-12-01', '2026-12-08']);
  });
  it('makes nothing for no weekday, a reversed range or invalid dates, and stops at a year', () => {
    assert.deepEqual(weeklyDates('2026-12-01', '2026-12-31', []), []);
    assert.deepEqual(weeklyDates('2026-12-31', '2026-12-01', [0, 1, 2, 3, 4, 5, 6]), []);
    assert.deepEqual(weeklyDates('2026-12-01', 'soon', [1]), []);
    assert.equal(weeklyDates('2026-01-01', '2028-12-31', [0, 1, 2, 3, 4, 5, 6]).length, 366);
  });
});

describe('minutes', () => {
  it('splits and joins hours and minutes', () => {
    assert.deepEqual(splitMinutes(95), { hours: 1, minutes: 35 });
    assert.deepEqual(splitMinutes(0), { hours: 0, minutes: 0 });
    assert.deepEqual(splitMinutes(600), { hours: 10, minutes: 0 });
    assert.equal(joinMinutes(1, 35), 95);
    assert.equal(joinMinutes(0, 0), 0);
    assert.equal(joinMinutes(1, 60), null);
    assert.equal(joinMinutes(-1, 0), null);
    assert.equal(joinMinutes(1.5, 0), null);
  });
  it('measures the minutes between two instants, null when unknown or reversed', () => {
    assert.equal(minutesBetween('2026-12-05T05:00:00Z', '2026-12-05T08:20:29Z'), 200);
    assert.equal(minutesBetween('2026-12-05T05:00:00Z', null), null);
    assert.equal(minutesBetween('2026-12-05T05:00:00Z', '2026-12-05T04:00:00Z'), null);
  });
  it('reads whole numbers and coordinates typed with Arabic digits', () => {
    assert.equal(parseWholeNumber('٤٥'), 45);
    assert.equal(parseWholeNumber('0'), 0);
    assert.equal(parseWholeNumber('1.5'), null);
    assert.equal(parseDecimal('٢٥٫١١٢٥'), 25.1125);
    assert.equal(parseDecimal('-33.9'), -33.9);
    assert.equal(parseDecimal('north'), null);
  });
  it('says a duration in words with each language’s plural forms', () => {
    assert.equal(durationText(95, 'en'), '1 hour, 35 minutes');
    assert.equal(durationText(120, 'en'), '2 hours');
    assert.equal(durationText(45, 'en'), '45 minutes');
    assert.equal(durationText(120, 'ar'), 'ساعتان');
    assert.equal(durationText(180, 'ar'), '3 ساعات');
  });
});

describe('inCheckWindow', () => {
  it('is open from 30 minutes before a shift to 30 minutes after it', () => {
    const shift = { startsAt: '2026-12-05T05:00:00Z', endsAt: '2026-12-05T09:00:00Z' };
    assert.equal(inCheckWindow(shift, Date.parse('2026-12-05T04:30:00Z')), true);
    assert.equal(inCheckWindow(shift, Date.parse('2026-12-05T09:30:00Z')), true);
    assert.equal(inCheckWindow(shift, Date.parse('2026-12-05T04:29:00Z')), false);
    assert.equal(inCheckWindow(shift, Date.parse('2026-12-06T09:00:00Z')), false);
  });
});
