// Small pure helpers: direction detection, bilingual fallback, safe redirects, API errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from './api.ts';
import { fieldCodesOf } from './errors.ts';
import { pickLocalized } from './localized.ts';
import { directionOf, intlTag } from './locale.ts';
import { dominantDirection, isRTL } from './rtl.ts';
import { safeNext } from './safe-next.ts';

describe('isRTL and directionOf', () => {
  it('looks at the first strong character', () => {
    assert.equal(isRTL('جمعية الخير'), true);
    assert.equal(isRTL('123 جمعية'), true);
    assert.equal(isRTL('Oasis جمعية'), false);
    assert.equal(isRTL(''), false);
    assert.equal(isRTL(null), false);
  });

  it('finds the direction most of a line runs in', () => {
    assert.equal(dominantDirection('أحمد السويدي invited you to join Beit Al Khair Society on Ataa.'), 'ltr');
    assert.equal(dominantDirection('دعاك Ahmed للانضمام إلى جمعية بيت الخير'), 'rtl');
    assert.equal(dominantDirection('https://x.example/123 —'), 'ltr');
    assert.equal(dominantDirection('123 —'), 'auto');
  });

  it('knows which UI languages are right to left', () => {
    assert.equal(directionOf('ar'), 'rtl');
    assert.equal(directionOf('ur-PK'), 'rtl');
    assert.equal(directionOf('en'), 'ltr');
    assert.equal(intlTag('ar'), 'ar-AE');
  });
});

describe('pickLocalized', () => {
  it('prefers the UI language and says when it fell back', () => {
    assert.deepEqual(pickLocalized('عربي', 'English', 'ar'), { text: 'عربي', lang: 'ar', fallback: false });
    assert.deepEqual(pickLocalized('عربي', null, 'en'), { text: 'عربي', lang: 'ar', fallback: true });
    assert.deepEqual(pickLocalized('  ', 'English', 'ar'), { text: 'English', lang: 'en', fallback: true });
    assert.equal(pickLocalized(null, '', 'en'), null);
  });
});

describe('safeNext', () => {
  it('only returns same-site paths', () => {
    assert.equal(safeNext('/me/tokens?x=1', '/me'), '/me/tokens?x=1');
    assert.equal(safeNext('//evil.example', '/me'), '/me');
    assert.equal(safeNext('https://evil.example', '/me'), '/me');
    assert.equal(safeNext('/\\evil.example', '/me'), '/me');
    assert.equal(safeNext(null, '/me'), '/me');
  });
});

describe('fieldCodesOf', () => {
  it('maps a 400 answer to the first code per form field', () => {
    const err = new ApiError(400, 'validation.failed', 'Invalid body.', {
      fields: [
        { path: 'email', code: 'validation.invalid_email', message: '' },
        { path: 'email', code: 'validation.too_long', message: '' },
        { path: 'scopes.0', code: 'validation.invalid_value', message: '' },
      ],
    });
    assert.deepEqual(fieldCodesOf(err), { email: 'validation.invalid_email', scopes: 'validation.invalid_value' });
    assert.deepEqual(fieldCodesOf(new Error('x')), {});
  });
});
