// Pure plausibility rules (no database): edges the HTTP tests do not reach.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dubaiDay, minutesByDubaiDay, minutesOf, plausibilityFlags, toReflag, withOverlap, type AttendanceTimes, type OtherAttendance } from './flags.ts';

const none: AttendanceTimes = { checkedInAt: null, checkedOutAt: null, claimedStartAt: null, claimedEndAt: null };
const claim = (from: string, to: string): AttendanceTimes => ({ ...none, claimedStartAt: from, claimedEndAt: to });
const shift = { startsAt: '2026-12-01T14:00:00.000Z', endsAt: '2026-12-02T02:00:00.000Z' };

describe('attendance flags', () => {
  it('reads days in Gulf Standard Time and splits spans at Dubai midnight', () => {
    assert.equal(dubaiDay('2026-12-01T19:59:00.000Z'), '2026-12-01');
    assert.equal(dubaiDay('2026-12-01T20:00:00.000Z'), '2026-12-02', '20:00 UTC is midnight in Dubai');
    const days = minutesByDubaiDay([{ start: Date.parse('2026-12-01T14:00:00Z'), end: Date.parse('2026-12-02T02:00:00Z') }]);
    assert.deepEqual([...days], [['2026-12-01', 360], ['2026-12-02', 360]]);
  });

  it('does not flag 12 hours across midnight, but flags 12 hours and a minute in one Dubai day', () => {
    assert.deepEqual(plausibilityFlags(claim(shift.startsAt, shift.endsAt), shift, []), []);
    const day = { startsAt: '2026-12-03T02:00:00.000Z', endsAt: '2026-12-03T14:01:00.000Z' };
    assert.deepEqual(plausibilityFlags(claim(day.startsAt, day.endsAt), day, []), ['over_12h_day']);
  });

  it('counts the organiser’s span over the claim, and a zero-length span as backwards', () => {
    const both = { checkedInAt: '2026-12-01T14:00:00.000Z', checkedOutAt: '2026-12-01T16:00:00.000Z', claimedStartAt: '2026-12-01T14:00:00.000Z', claimedEndAt: '2026-12-01T18:30:00.000Z' };
    assert.equal(minutesOf(both), 120);
    assert.equal(minutesOf({ ...both, checkedOutAt: null }), 270, 'no check-out: the claim counts');
    assert.equal(minutesOf(claim(shift.startsAt, shift.startsAt)), null);
    assert.deepEqual(plausibilityFlags(claim(shift.startsAt, shift.startsAt), shift, []), ['checkout_before_checkin']);
  });

  it('treats touching spans as no overlap, and allows 30 minutes either side of the shift', () => {
    const other = claim('2026-12-01T12:00:00.000Z', '2026-12-01T14:00:00.000Z');
    assert.deepEqual(plausibilityFlags(claim('2026-12-01T14:00:00.000Z', '2026-12-01T16:00:00.000Z'), shift, [other]), []);
    assert.deepEqual(plausibilityFlags(claim('2026-12-01T13:30:00.000Z', '2026-12-02T02:30:00.000Z'), shift, []), []);
    assert.deepEqual(plausibilityFlags(claim('2026-12-01T13:29:00.000Z', '2026-12-01T16:00:00.000Z'), shift, [other]), ['overlap', 'outside_window']);
  });

  it('re-flags only undecided earlier records that overlap and are not flagged for it yet', () => {
    const record = claim('2026-12-01T14:00:00.000Z', '2026-12-01T16:00:00.000Z');
    const other = (id: string, status: string, flags: OtherAttendance['flags'], from: string, to: string): OtherAttendance => ({ ...claim(from, to), id, status, flags });
    const others = [
      other('claimed', 'claimed', [], '2026-12-01T15:00:00.000Z', '2026-12-01T17:00:00.000Z'),
      other('present', 'present', [], '2026-12-01T13:00:00.000Z', '2026-12-01T14:30:00.000Z'),
      other('flagged', 'flagged', ['outside_window'], '2026-12-01T15:30:00.000Z', '2026-12-01T18:00:00.000Z'),
      other('already', 'flagged', ['overlap'], '2026-12-01T15:00:00.000Z', '2026-12-01T16:00:00.000Z'),
      other('verified', 'verified', [], '2026-12-01T15:00:00.000Z', '2026-12-01T16:00:00.000Z'),
      other('touching', 'claimed', [], '2026-12-01T16:00:00.000Z', '2026-12-01T18:00:00.000Z'),
    ];
    assert.deepEqual(toReflag(record, others).map((o) => o.id), ['claimed', 'present', 'flagged']);
    // The organiser's span counts as much as the claim.
    const organiser = { ...none, checkedInAt: '2026-12-01T15:00:00.000Z', checkedOutAt: '2026-12-01T15:30:00.000Z' };
    assert.deepEqual(toReflag(organiser, others).map((o) => o.id), ['claimed'], 'touching the 15:30 start is no overlap');
    assert.deepEqual(withOverlap(['over_12h_day', 'outside_window']), ['overlap', 'over_12h_day', 'outside_window']);
    assert.deepEqual(withOverlap([]), ['overlap']);
  });
});
