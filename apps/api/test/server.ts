// A real HTTP server for browser tests: migrated temp SQLite database, built web app, random port.
import type { AddressInfo } from 'node:net';
import { buildApp, DEFAULT_WEB_DIST } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createTestDb } from './db.ts';
import { seedDemo } from '../seeds/demo.ts';

/**
 * Starts the app on a random port. `demo: true` loads the demo accounts and organisations
 * (README: admin@ataa.local, reviewer@…, charity@…, password ataa-demo-2026).
 */
export async function startTestServer(opts: { env?: Record<string, string>; demo?: boolean } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const tdb = await createTestDb('sqlite');
  if (opts.demo) await seedDemo(tdb.db);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUTH_RATE_LIMIT: '100000', ...opts.env });
  const app = await buildApp({ config, db: tdb.db, webDist: DEFAULT_WEB_DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await tdb.drop();
    },
  };
}
