// Amounts typed in dirhams become exact fils; Idempotency-Keys stay the same across retries.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { pledge } from './api.ts';
import { createKeyKeeper } from './idempotency.ts';
import { filsToAedInput, parseAedToFils } from '../../lib/money.ts';

describe('parseAedToFils', () => {
  it('reads whole and decimal dirhams exactly', () => {
    assert.equal(parseAedToFils('250'), 25_000);
    assert.equal(parseAedToFils('250.5'), 25_050);
    assert.equal(parseAedToFils('0.10'), 10);
    assert.equal(parseAedToFils('1,250.75'), 125_075);
    assert.equal(parseAedToFils(' AED 99 '), 9_900);
    // 0.29 * 100 is 28.999… in floating point; the parser never multiplies a float.
    assert.equal(parseAedToFils('0.29'), 29);
  });

  it('reads Arabic-Indic digits and separators', () => {
    assert.equal(parseAedToFils('٢٥٠'), 25_000);
    assert.equal(parseAedToFils('١٬٠٠٠٫٥'), 100_050);
    assert.equal(parseAedToFils('۵۰'), 5_000);
    assert.equal(parseAedToFils('250 د.إ.'), 25_000);
  });

  it('refuses what is not a positive amount with at most two decimals', () => {
    for (const bad of ['', '0', '0.00', '-5', '1.234', 'abc', '1e3', '.5', '12.']) assert.equal(parseAedToFils(bad), null, bad);
  });

  it('writes fils back as a plain amount to type over', () => {
    assert.equal(filsToAedInput(25_000), '250');
    assert.equal(filsToAedInput(25_050), '250.50');
    assert.equal(filsToAedInput(7), '0.07');
  });
});

describe('Idempotency-Key', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('is the same for the same payload, new for a changed one or after a reset', () => {
    let n = 0;
    const keeper = createKeyKeeper(() => `k${++n}`);
    assert.equal(keeper.keyFor({ a: 1 }), 'k1');
    assert.equal(keeper.keyFor({ a: 1 }), 'k1');
    assert.equal(keeper.keyFor({ a: 2 }), 'k2');
    keeper.reset();
    assert.equal(keeper.keyFor({ a: 2 }), 'k3');
  });

  it('is sent as a header with the pledge', async () => {
    const seen: Record<string, string>[] = [];
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      seen.push(init.headers as Record<string, string>);
      const body = url.endsWith('/session') ? { user: null, csrfToken: 't', actingOrganisationId: null, memberships: [] } : { id: 'c1' };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    await pledge({ needId: 'n', kind: 'money', quantity: 100, currency: 'AED', visibility: 'public', onBehalfOfOrganisation: false }, 'key-1');
    const last = seen.at(-1)!;
    assert.equal(last['Idempotency-Key'], 'key-1');
    assert.equal(last['content-type'], 'application/json');
  });
});
