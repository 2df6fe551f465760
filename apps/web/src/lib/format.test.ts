// Intl formatting of money, numbers and dates (Gregorian + Umm al-Qura) in both UI languages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatList, formatMoney, formatNumber } from './format.ts';

/** Drops bidi marks and normalises spaces so assertions read plainly. */
const plain = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '').replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('turns integer fils into dirhams', () => {
    assert.match(plain(formatMoney(12345, 'AED', 'en')), /^AED 123\.45$/);
    assert.equal(plain(formatMoney(12345, 'AED', 'ar')), '123.45 د.إ.');
    assert.match(plain(formatMoney(-5, 'AED', 'en')), /^-AED 0\.05$/);
    assert.match(plain(formatMoney(0, 'AED', 'en')), /^AED 0\.00$/);
  });

  it('gives headline figures in whole dirhams, rounded half up', () => {
    assert.match(plain(formatMoney(271_560_118, 'AED', 'en', { whole: true })), /^AED 2,715,601$/);
    assert.equal(plain(formatMoney(271_560_150, 'AED', 'ar', { whole: true })), '2,715,602 د.إ.');
  });

  it('is exact beyond 2^53 and never goes through a float', () => {
    assert.match(plain(formatMoney(900719925474099312n, 'AED', 'en')), /9,007,199,254,740,993\.12$/);
    assert.match(plain(formatMoney(10, 'AED', 'en')), /0\.10$/);
  });

  it('follows the currency\'s minor units', () => {
    assert.match(plain(formatMoney(1234, 'JPY', 'en')), /1,234$/);
    assert.match(plain(formatMoney(12345, 'KWD', 'en')), /12\.345$/);
  });
});

describe('formatNumber and formatList', () => {
  it('groups digits for the locale', () => {
    assert.equal(formatNumber(1234567, 'en'), '1,234,567');
    assert.equal(formatNumber(1234567, 'ar'), '1,234,567');
  });

  it('joins words the way each language does', () => {
    assert.equal(formatList(['Read', 'Write'], 'en'), 'Read and Write');
    assert.equal(formatList(['قراءة', 'كتابة'], 'ar'), 'قراءة وكتابة');
  });
});

describe('formatDate', () => {
  it('gives the Gregorian date, and the Umm al-Qura date when asked', () => {
    const en = formatDate('2026-03-20T12:00:00Z', 'en', { hijri: true });
    assert.equal(en.gregorian, '20 March 2026');
    assert.match(en.hijri ?? '', /Shawwal 1, 1447 AH/);
    const ar = formatDate('2026-03-20T12:00:00Z', 'ar', { hijri: true });
    assert.match(ar.gregorian, /مارس 2026/);
    assert.match(ar.hijri ?? '', /شوال ١٤٤٧ هـ/);
    assert.equal(formatDate('2026-03-20T12:00:00Z', 'en').hijri, undefined);
  });

  it('returns the input unchanged when it is not a date', () => {
    assert.deepEqual(formatDate('not a date', 'en', { hijri: true }), { gregorian: 'not a date' });
  });
});
