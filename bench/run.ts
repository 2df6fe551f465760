// `npm run bench`: contributions per second through the real HTTP API with durable commits
// (SQLite WAL + synchronous=FULL; PostgreSQL with fsync), next to the same server's no-op route
// measured in the same run. Prints the ratio; the target is a write path at ≥ 50 % of the no-op.
// PostgreSQL runs when BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server: a throw-away
// database `ataa_bench_<pid>` is created next to it and dropped afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', path.join(ROOT, 'apps/api/src/main.ts')], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), BENCH_ROUTES: 'true', DEMO_DATA: 'false', JOBS: 'false', AUTH_RATE_LIMIT: '100000', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (await fetch(`${base}/api/ready`).then((r) => r.ok, () => false)) return { base, child };
  }
  throw new Error('server did not become ready');
}

/** Signs up, creates a verified charity with an active initiative and an uncapped money need, returns a write token. */
async function setUp(base: string): Promise<{ token: string; needId: string }> {
  const call = async (method: string, url: string, body: unknown, auth: { cookie?: string; csrf?: string; bearer?: string }) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.csrf) headers['x-csrf-token'] = auth.csrf;
    if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
    const r = await fetch(`${base}${url}`, { method, headers, body: JSON.stringify(body) });
    const json = await r.json();
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(json)}`);
    return { json, cookie: r.headers.get('set-cookie')?.split(';')[0] };
  };
  const up = async (email: string) => {
    const r = await call('POST', '/api/v1/auth/sign-up', { email, password: 'bench-password-1', displayName: 'Bench' }, {});
    return { cookie: r.cookie!, csrf: r.json.csrfToken as string, id: r.json.user.id as string };
  };
  const admin = await up('admin@bench.test'); // first account: platform admin
  const reviewer = await up('reviewer@bench.test');
  await call('PATCH', `/api/v1/admin/users/${reviewer.id}`, { platformRole: 'reviewer' }, admin);
  const org = (await call('POST', '/api/v1/organisations', { type: 'nonprofit', nameAr: 'جمعية القياس', nameEn: 'Bench Society', emirate: 'dubai' }, admin)).json;
  await call('POST', `/api/v1/organisations/${org.id}/decision`, { decision: 'verify' }, admin);
  const sdg = (await call('GET', '/api/v1/priorities?q=Quality%20education', undefined, admin).catch(async () => ({ json: await (await fetch(`${base}/api/v1/priorities?q=Quality%20education`)).json() }))).json;
  const ini = (await call('POST', `/api/v1/organisations/${org.id}/initiatives`, { titleAr: 'مبادرة القياس', emirate: 'dubai', priorityIds: [sdg.items[0].id] }, admin)).json;
  const need = (await call('POST', `/api/v1/initiatives/${ini.id}/needs`, { kind: 'money', targetFils: 1e12, designations: ['general'], capMode: 'open' }, admin)).json;
  await call('POST', `/api/v1/initiatives/${ini.id}/transitions`, { action: 'submit' }, admin);
  await call('POST', `/api/v1/initiatives/${ini.id}/transitions`, { action: 'approve' }, reviewer);
  await call('POST', `/api/v1/initiatives/${ini.id}/transitions`, { action: 'activate' }, admin);
  const donor = await up('donor@bench.test');
  const token = (await call('POST', '/api/v1/me/tokens', { name: 'bench', scopes: ['read', 'write'] }, donor)).json.secret as string;
  return { token, needId: need.id };
}

async function measure(base: string, url: string, token: string, body: (i: number) => string | undefined, seconds = DURATION) {
  let i = 0;
  const result = await autocannon({
    url: `${base}${url}`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (req: any) => ({ ...req, body: body(i), headers: { ...req.headers, 'idempotency-key': `bench-${process.pid}-${i++}` } }) }],
  });
  return { rps: result.requests.average, ok: result['2xx'], errors: result.non2xx + result.errors, p99: result.latency.p99 };
}

async function benchOne(label: string, env: Record<string, string>): Promise<void> {
  const { base, child } = await startServer(env);
  try {
    const { token, needId } = await setUp(base);
    const pledge = () => JSON.stringify({ needId, kind: 'money', quantity: 1000, currency: 'AED' });
    // Warm-up: let V8 optimise both paths before anything is measured.
    for (let i = 0; i < 2; i++) {
      await measure(base, '/api/v1/bench/noop', token, () => '{}', 3);
      await measure(base, '/api/v1/contributions', token, pledge, 3);
    }
    const noop1 = await measure(base, '/api/v1/bench/noop', token, () => '{}');
    const write = await measure(base, '/api/v1/contributions', token, pledge);
    const noop2 = await measure(base, '/api/v1/bench/noop', token, () => '{}');
    const noop = (noop1.rps + noop2.rps) / 2;
    const ratio = write.rps / noop;
    console.log(`\n${label}`);
    console.log(`  no-op route           ${noop.toFixed(0).padStart(7)} req/s   (runs: ${noop1.rps.toFixed(0)}, ${noop2.rps.toFixed(0)})`);
    console.log(`  ledger write (pledge) ${write.rps.toFixed(0).padStart(7)} req/s   p99 ${write.p99} ms, ${write.ok} acknowledged, ${write.errors} errors`);
    console.log(`  ratio                 ${(ratio * 100).toFixed(1).padStart(6)} %   target ≥ 50 % → ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
}

console.log(`Ataa ledger write benchmark: ${CONNECTIONS} connections, ${DURATION} s per measurement, ${os.cpus().length} cores, Node ${process.version}`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ataa-bench-'));
try {
  await benchOne('SQLite (WAL, synchronous=FULL)', { DATA_DIR: dir });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const name = `ataa_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  try {
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    await benchOne('PostgreSQL (fsync on, one app process)', { DATABASE_URL: u.toString() });
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
} else {
  console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it).');
}
