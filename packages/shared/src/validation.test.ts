import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emailSchema, nameSchema, textSchema } from './validation.ts';

describe('shared validators', () => {
  const name = nameSchema();
  it('accepts Arabic and English names and normalises to NFC', () => {
    assert.equal(name.parse('  جمعية بيت الخير '), 'جمعية بيت الخير');
    assert.equal(name.parse('Cafe\u0301 Society'), 'Café Society');
  });
  it('rejects bidi overrides, zero-width characters and markup in names', () => {
    for (const bad of ['abc\u202Edef', 'ab\u200Bcd', 'ab\u2066cd', '<script>x</script>', 'a\u0000b']) {
      assert.equal(name.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
  it('rejects too short and too long names', () => {
    assert.equal(name.safeParse('a').success, false);
    assert.equal(name.safeParse('x'.repeat(121)).success, false);
  });
  it('allows line breaks in free text but not script tags', () => {
    assert.equal(textSchema().parse('سطر\nline'), 'سطر\nline');
    assert.equal(textSchema().safeParse('<script>alert(1)</script>').success, false);
  });
  it('lower-cases emails and rejects invalid ones', () => {
    assert.equal(emailSchema.parse(' Maryam@Example.AE '), 'maryam@example.ae');
    assert.equal(emailSchema.safeParse('not-an-email').success, false);
  });
});
