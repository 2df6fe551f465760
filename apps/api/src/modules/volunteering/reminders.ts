// The day-before reminder: each confirmed volunteer is reminded once of a shift starting within
// the next 24 hours. Run by the hourly scheduler, possibly in several processes at once.
import type { Db } from '../../platform/db/database.ts';
import { withTransaction } from '../../platform/db/database.ts';
import { queueMessage } from '../outbox/index.ts';
import * as repo from './volunteering.repository.ts';
import { notice } from './notices.ts';

const DAY_MS = 86_400_000;

/**
 * Queues a bilingual reminder for every confirmed sign-up whose shift starts in the next 24 hours
 * and that was not reminded yet. Idempotent and safe with several processes: a sign-up is marked
 * `reminded_at` only where it is still null, and the message is queued only by the call whose
 * update changed the row, in the same transaction. (On PostgreSQL a second process's update waits
 * for the first to commit and then finds `reminded_at` set.) Returns how many were queued.
 */
export async function sendShiftReminders(db: Db, now: Date = new Date()): Promise<number> {
  const from = now.toISOString();
  const to = new Date(now.getTime() + DAY_MS).toISOString();
  return withTransaction(db, async (trx) => {
    let sent = 0;
    for (const due of await repo.dueReminders(trx, from, to)) {
      if (!(await repo.markReminded(trx, due.id, from))) continue;
      const where = due.address ? { ar: `المكان: ${due.address}`, en: `Where: ${due.address}` } : undefined;
      await queueMessage(trx, notice(due.email, due.locale, 'shift_reminder', due, where));
      sent++;
    }
    return sent;
  });
}
