// The real process: first run migrates and loads demo data; SIGTERM finishes in-flight requests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function start(dataDir: string, port: number): { child: ChildProcess; lines: string[]; exited: Promise<number | null>; waitFor(re: RegExp): Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, 'main.ts')], {
    env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  const onLine = (l: string) => {
    lines.push(l);
    for (const w of [...waiters]) if (w.re.test(l)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(l); }
  };
  let buf = '';
  for (const s of [child.stdout!, child.stderr!]) s.on('data', (d: Buffer) => { buf += d; const parts = buf.split('\n'); buf = parts.pop()!; parts.forEach(onLine); });
  return {
    child,
    lines,
    exited,
    waitFor: (re) => {
      const hit = lines.find((l) => re.test(l));
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; output:\n${lines.join('\n')}`)), 30_000);
        waiters.push({ re, resolve: (l) => { clearTimeout(timer); resolve(l); } });
      });
    },
  };
}

describe('the server process', () => {
  it('migrates, loads demo data once, and shuts down gracefully', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ataa-main-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    try {
      const p = start(dataDir, port);
      await p.waitFor(/Ataa is serving/);
      assert.ok(fs.existsSync(path.join(dataDir, 'ataa.sqlite')), 'SQLite database under DATA_DIR');
      assert.equal((await fetch(`${base}/api/ready`)).status, 200);
      const orgs = await (await fetch(`${base}/api/v1/organisations`)).json();
      assert.ok(orgs.total >= 5, 'verified demo organisations are listed');
      assert.ok(orgs.items.every((o: any) => o.nameAr && o.nameEn), 'demo organisations are bilingual');

      // Start a slow request (argon2 sign-in), then ask the process to stop while it runs.
      const inFlight = fetch(`${base}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@ataa.local', password: 'ataa-demo-2026' }),
      });
      await p.waitFor(/"url":"\/api\/v1\/auth\/sign-in"/);
      p.child.kill('SIGTERM');
      const res = await inFlight;
      assert.equal(res.status, 200, 'the in-flight request completes');
      const code = await p.exited;
      assert.equal(code, 0);
      assert.ok(p.lines.some((l) => /shutting down/.test(l)));
      assert.ok(!p.lines.some((l) => l.includes('ataa-demo-2026') && l.includes('password"')), 'passwords never reach the log');

      // A second start finds its data and loads nothing again.
      const again = start(dataDir, port);
      await again.waitFor(/Ataa is serving/);
      const orgs2 = await (await fetch(`${base}/api/v1/organisations`)).json();
      assert.equal(orgs2.total, orgs.total);
      assert.ok(!again.lines.some((l) => /Demo data loaded/.test(l)));
      again.child.kill('SIGTERM');
      assert.equal(await again.exited, 0);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
