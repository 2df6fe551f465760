// Dirham input → fils: exact, Arabic digits accepted, at most two decimals.
// Run: node --import tsx --test apps/web/src/features/initiatives/money.test.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAedToFils, parseWhole } from '../../lib/money.ts';

describe('parseAedToFils', () => {
  it('converts dirhams to integer fils exactly', () => {
    assert.equal(parseAedToFils('2500'), 250_000);
    assert.equal(parseAedToFils('1,250.5'), 125_050);
    assert.equal(parseAedToFils('0.07'), 7);
    assert.equal(parseAedToFils('19.99'), 1999);
  });
  it('reads Arabic-Indic digits and the Arabic decimal separator', () => {
    assert.equal(parseAedToFils('٢٥٠٫٧٥'), 25_075);
  });
  it('refuses zero (unless allowed), negatives, three decimals and words', () => {
    assert.equal(parseAedToFils('0'), null);
    assert.equal(parseAedToFils('0', true), 0);
    assert.equal(parseAedToFils('-5'), null);
    assert.equal(parseAedToFils('1.234'), null);
    assert.equal(parseAedToFils('ten'), null);
    assert.equal(parseAedToFils(''), null);
  });
});

describe('parseWhole', () => {
  it('accepts positive whole numbers only', () => {
    assert.equal(parseWhole('١٢'), 12);
    assert.equal(parseWhole('1,000'), 1000);
    assert.equal(parseWhole('0'), null);
    assert.equal(parseWhole('2.5'), null);
  });
});
