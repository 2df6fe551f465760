// Process entry: config → database (migrated, demo data on first run) → app → listen.
import { ConfigError, loadConfig } from './config.ts';
import { buildApp } from './app.ts';
import { createDb } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { seedDemoIfEmpty } from '../seeds/demo.ts';
import { ensureReferenceData } from './reference-data.ts';
import { startJobs } from './jobs/scheduler.ts';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const db = createDb(config.database);
await migrateToLatest(db);
await ensureReferenceData(db);
const app = await buildApp({ config, db });
await seedDemoIfEmpty(db, config, app.log);
const stopJobs = config.jobs ? startJobs(db, app.ledgerWriter, app.mailer, app.log) : () => undefined;

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  // Stop accepting connections, wait for in-flight requests, then close the pool.
  stopJobs();
  const force = setTimeout(() => process.exit(1), 15_000);
  force.unref();
  // Keep-alive connections that finish their last response after close() began would otherwise
  // hold the process open until their idle timeout: close them as soon as they go idle.
  const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
  await app.close();
  clearInterval(sweep);
  await db.destroy();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`Ataa is serving on ${config.publicUrl} (${config.database.dialect})`);
