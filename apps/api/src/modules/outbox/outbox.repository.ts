import type { DbOrTrx } from '../../platform/db/database.ts';
import type { OutboxMessageRow } from '../../platform/db/schema.ts';

/** Stores a message in the outbox (in the caller's transaction). */
export async function insertMessage(db: DbOrTrx, m: OutboxMessageRow): Promise<void> {
  await db.insertInto('outbox_messages').values(m).execute();
}

/** Messages not yet sent, oldest first. */
export function listUnsent(db: DbOrTrx, limit: number): Promise<OutboxMessageRow[]> {
  return db.selectFrom('outbox_messages').selectAll().where('sent_at', 'is', null).orderBy('created_at').limit(limit).execute();
}

/** Marks a message as sent, or records why it was not. */
export async function markResult(db: DbOrTrx, id: string, sentAt: string | null, error: string | null): Promise<void> {
  await db.updateTable('outbox_messages').set({ sent_at: sentAt, last_error: error }).where('id', '=', id).execute();
}

/** A page of messages, newest first, optionally for one recipient. */
export async function listMessages(
  db: DbOrTrx,
  to: string | undefined,
  limit: number,
  offset: number,
): Promise<{ rows: OutboxMessageRow[]; total: number }> {
  let q = db.selectFrom('outbox_messages');
  if (to) q = q.where('to_address', '=', to);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
