import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../platform/db/database.ts';
import { recordDailyRoots, runDueRecurring, type LedgerWriter } from '../modules/contributions/index.ts';
import { fillFreePlaces, sendShiftReminders } from '../modules/volunteering/index.ts';
import { deliverPending } from '../modules/outbox/index.ts';
import type { Mailer } from '../platform/mail/mailer.ts';

const HOUR = 3_600_000;

/**
 * Runs the scheduled work every hour (and shortly after start): this month's recurring pledges,
 * yesterday's ledger root and the next day's shift reminders (queued in the outbox). All are
 * idempotent, so several processes may run them at once.
 * Returns a stop function for graceful shutdown.
 */
export function startJobs(db: Db, writer: LedgerWriter, mailer: Mailer, log: FastifyBaseLogger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const recurring = await runDueRecurring(db, writer);
      const roots = await recordDailyRoots(db);
      const reminders = await sendShiftReminders(db, new Date());
      const refilled = await fillFreePlaces(db);
      // Reminders (and anything else queued) go out now when SMTP is configured, not at the next request.
      if (reminders || refilled) await deliverPending(db, mailer, log);
      if (recurring.created || recurring.paused || roots || reminders || refilled) log.info({ job: 'scheduler', ...recurring, roots, reminders, refilled }, 'scheduled jobs ran');
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
