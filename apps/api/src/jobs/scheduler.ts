import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../platform/db/database.ts';
import { recordDailyRoots, runDueRecurring, type LedgerWriter } from '../modules/contributions/index.ts';

const HOUR = 3_600_000;

/**
 * Runs the scheduled work every hour (and shortly after start): this month's recurring pledges
 * and yesterday's ledger root. Both are idempotent, so several processes may run them at once.
 * Returns a stop function for graceful shutdown.
 */
export function startJobs(db: Db, writer: LedgerWriter, log: FastifyBaseLogger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const recurring = await runDueRecurring(db, writer);
      const roots = await recordDailyRoots(db);
      if (recurring.created || recurring.paused || roots) log.info({ job: 'scheduler', ...recurring, roots }, 'scheduled jobs ran');
    } catch (err) {
      log.error({ err, job: 'scheduler' }, 'scheduled jobs failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 5_000);
  const every = setInterval(() => void tick(), HOUR);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
