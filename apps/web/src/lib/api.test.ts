// The fetch wrapper: CSRF token learnt from /session and sent on writes, error shape parsing.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { api, ApiError } from './api.ts';

type Call = { url: string; method: string; headers: Record<string, string>; body?: string };
const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Replaces fetch with a scripted server; returns the calls it saw. */
function fakeServer(handler: (c: Call) => { status: number; body?: unknown }): Call[] {
  const calls: Call[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    const call = { url, method: init.method ?? 'GET', headers: init.headers as Record<string, string>, body: init.body as string | undefined };
    calls.push(call);
    const { status, body } = handler(call);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return calls;
}

describe('api', () => {
  it('learns the CSRF token from /session and sends it on writes, then forgets it after /auth calls', async () => {
    let token = 'tok-1';
    const calls = fakeServer((c) => {
      if (c.url === '/api/v1/session') return { status: 200, body: { user: null, csrfToken: token, actingOrganisationId: null, memberships: [] } };
      if (c.url === '/api/v1/auth/sign-out') return { status: 204 };
      return { status: 200, body: { ok: true } };
    });
    await api.patch('/me', { locale: 'en' });
    assert.equal(calls[0].url, '/api/v1/session');
    assert.equal(calls[1].headers['x-csrf-token'], 'tok-1');
    await api.post('/auth/sign-out');
    token = 'tok-2';
    await api.delete('/me/tokens/abc');
    const last = calls.at(-1)!;
    assert.equal(last.method, 'DELETE');
    assert.equal(last.headers['x-csrf-token'], 'tok-2');
    await api.get('/organisations', { page: 2, q: '', type: undefined });
    assert.equal(calls.at(-1)!.url, '/api/v1/organisations?page=2');
    assert.equal(calls.at(-1)!.headers['x-csrf-token'], undefined);
  });

  it('sends PUT with the JSON body and the CSRF token, and answers the parsed body', async () => {
    const calls = fakeServer((c) => {
      if (c.url === '/api/v1/session') return { status: 200, body: { user: null, csrfToken: 'tok-put', actingOrganisationId: null, memberships: [] } };
      if (c.url === '/api/v1/auth/sign-out') return { status: 204 };
      if (c.url === '/api/v1/me/volunteer-profile') return { status: 200, body: { saved: JSON.parse(c.body!) } };
      return { status: 409, body: { error: { code: 'x.conflict', message: 'no', details: null } } };
    });
    await api.post('/auth/sign-out'); // forget the token from the previous test
    assert.deepEqual(await api.put('/me/volunteer-profile', { skills: ['First aid'] }), { saved: { skills: ['First aid'] } });
    const put = calls.at(-1)!;
    assert.equal(put.method, 'PUT');
    assert.equal(put.headers['x-csrf-token'], 'tok-put');
    assert.equal(put.headers['content-type'], 'application/json');
    const err = await api.put('/other', {}).catch((e: unknown) => e);
    assert.ok(err instanceof ApiError);
    assert.equal(err.code, 'x.conflict');
  });

  it('retries once with a fresh token when the session rotated', async () => {
    let sessions = 0;
    let writes = 0;
    const calls = fakeServer((c) => {
      if (c.url === '/api/v1/session') return { status: 200, body: { user: null, csrfToken: `t${++sessions}`, actingOrganisationId: null, memberships: [] } };
      if (c.url === '/api/v1/auth/sign-out') return { status: 204 };
      // The first write is refused as if the session had rotated in another tab.
      if (++writes === 1) return { status: 403, body: { error: { code: 'auth.csrf_failed', message: 'x', details: null } } };
      return { status: 201, body: { id: 'x', token: c.headers['x-csrf-token'] } };
    });
    await api.post('/auth/sign-out'); // forget the token from the previous test
    writes = 0;
    assert.deepEqual(await api.post('/organisations', { type: 'nonprofit' }), { id: 'x', token: 't2' });
    assert.equal(calls.filter((c) => c.url === '/api/v1/organisations').length, 2);
  });

  it('throws ApiError with the code, message and field details of an error answer', async () => {
    fakeServer(() => ({ status: 400, body: { error: { code: 'validation.failed', message: 'Invalid body.', details: { fields: [{ path: 'email', code: 'validation.invalid_email', message: 'bad' }] } } } }));
    const err = await api.get('/x').catch((e: unknown) => e);
    assert.ok(err instanceof ApiError);
    assert.equal(err.status, 400);
    assert.equal(err.code, 'validation.failed');
    assert.equal(err.fields[0].code, 'validation.invalid_email');
  });

  it('reports a network failure as code "network" and a non-JSON 502 as "internal"', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    assert.equal(((await api.get('/x').catch((e: unknown) => e)) as ApiError).code, 'network');
    globalThis.fetch = (async () => new Response('<html>Bad gateway</html>', { status: 502 })) as typeof fetch;
    assert.equal(((await api.get('/x').catch((e: unknown) => e)) as ApiError).code, 'internal');
  });
});
