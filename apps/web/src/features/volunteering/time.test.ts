// Shift times are shown in Dubai whatever the device's zone; durations typed in two boxes become
// whole minutes; the check-in window is the API's ±30 minutes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkInWindow, claimedSpan, dubaiDate, dubaiTime, formatDay, formatShiftWhen, fromDubai, minutesBetween, parseDuration, splitMinutes, weekdayNames } from './time.ts';

describe('Dubai time', () => {
  it('reads the Dubai day and clock of a UTC instant (UTC+4, no daylight saving)', () => {
    assert.equal(dubaiDate('2026-03-14T21:30:00Z'), '2026-03-15');
    assert.equal(dubaiTime('2026-03-14T21:30:00Z'), '01:30');
    assert.equal(dubaiTime('2026-07-01T08:05:00Z'), '12:05');
    assert.equal(dubaiTime('2026-07-01T20:00:00Z'), '00:00');
  });

  it('turns a Dubai day and clock back into the UTC instant', () => {
    assert.equal(fromDubai('2026-03-15', '01:30'), '2026-03-14T21:30:00.000Z');
    assert.equal(fromDubai('2026-03-15', '24:00'), null);
    assert.equal(fromDubai('15/03/2026', '10:00'), null);
    assert.equal(fromDubai('2026-03-15', ''), null);
  });

  it('formats a shift in Dubai time, in both languages, with the Hijri day', () => {
    // 12:00–15:00 UTC is 16:00–19:00 in Dubai.
    const en = formatShiftWhen('2026-12-12T12:00:00Z', '2026-12-12T15:00:00Z', 'en');
    assert.match(en.date, /Saturday/);
    assert.match(en.date, /12 December 2026/);
    assert.match(en.time, /4:00/);
    assert.match(en.time, /7:00/);
    assert.match(en.hijri, /AH/);
    const ar = formatShiftWhen('2026-12-12T12:00:00Z', '2026-12-12T15:00:00Z', 'ar');
    assert.match(ar.date, /السبت/);
    assert.match(ar.hijri, /هـ/);
  });

  it('names both days when a shift runs past midnight in Dubai', () => {
    const night = formatShiftWhen('2026-12-12T17:00:00Z', '2026-12-12T21:00:00Z', 'en');
    assert.match(night.time, /12 Dec/);
    assert.match(night.time, /13 Dec/);
  });

  it('formats a bare date as written and an instant as its Dubai day', () => {
    assert.match(formatDay('2026-03-01', 'en'), /^1 March 2026$/);
    assert.match(formatDay('2026-02-28T22:00:00Z', 'en'), /^1 March 2026$/);
    assert.equal(formatDay('not a date', 'en'), 'not a date');
  });

  it('lists weekdays from Sunday, as the API numbers them', () => {
    const en = weekdayNames('en');
    assert.equal(en.length, 7);
    assert.equal(en[0], 'Sunday');
    assert.equal(en[6], 'Saturday');
    assert.equal(weekdayNames('ar')[5], 'الجمعة');
  });
});

describe('check-in window', () => {
  const start = '2026-05-01T06:00:00Z';
  const end = '2026-05-01T09:00:00Z';
  it('opens 30 minutes before the start and closes 30 minutes after the end', () => {
    assert.equal(checkInWindow(start, end, Date.parse('2026-05-01T05:29:00Z')), 'early');
    assert.equal(checkInWindow(start, end, Date.parse('2026-05-01T05:30:00Z')), 'open');
    assert.equal(checkInWindow(start, end, Date.parse('2026-05-01T09:30:00Z')), 'open');
    assert.equal(checkInWindow(start, end, Date.parse('2026-05-01T09:31:00Z')), 'closed');
  });
});

describe('durations', () => {
  it('reads hours and minutes typed in two boxes, Arabic digits included', () => {
    assert.equal(parseDuration('1', '45'), 105);
    assert.equal(parseDuration('', '30'), 30);
    assert.equal(parseDuration('2', ''), 120);
    assert.equal(parseDuration('٢', '١٥'), 135);
    assert.equal(parseDuration(' 3 ', '0'), 180);
  });

  it('refuses zero, fractions, negative numbers and 60 minutes or more', () => {
    for (const [h, m] of [['', ''], ['0', '0'], ['1.5', ''], ['-1', ''], ['1', '60'], ['x', '1'], ['1', '5m']]) assert.equal(parseDuration(h, m), null, `${h}|${m}`);
  });

  it('splits minutes into hours and the rest', () => {
    assert.deepEqual(splitMinutes(150), { hours: 2, minutes: 30 });
    assert.deepEqual(splitMinutes(59), { hours: 0, minutes: 59 });
    assert.deepEqual(splitMinutes(-5), { hours: 0, minutes: 0 });
  });

  it('counts the minutes between two instants', () => {
    assert.equal(minutesBetween('2026-05-01T06:00:00Z', '2026-05-01T09:15:00Z'), 195);
  });
});

describe('claimedSpan', () => {
  it('makes UTC instants from a Dubai day and two clock times', () => {
    assert.deepEqual(claimedSpan('2026-05-01', '10:00', '13:30'), { startedAt: '2026-05-01T06:00:00.000Z', endedAt: '2026-05-01T09:30:00.000Z' });
  });

  it('takes an end before the start as the next morning', () => {
    assert.deepEqual(claimedSpan('2026-05-01', '22:00', '01:00'), { startedAt: '2026-05-01T18:00:00.000Z', endedAt: '2026-05-01T21:00:00.000Z' });
  });

  it('is null when a time is missing', () => {
    assert.equal(claimedSpan('2026-05-01', '', '13:00'), null);
  });
});
