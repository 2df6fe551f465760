import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import { ForbiddenError, UnauthenticatedError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { Page, PageQuery } from '../../platform/http/pagination.ts';
import { offsetOf } from '../../platform/http/pagination.ts';
import * as repo from './outbox.repository.ts';

/** A bilingual message to a person. */
export interface OutgoingMessage {
  to: string;
  kind: string;
  locale: string;
  subject: string;
  text: string;
}

/**
 * Queues a message in the caller's transaction: it exists if and only if the change that caused
 * it committed. Delivery happens after commit (`deliverPending`).
 */
export async function queueMessage(trx: DbOrTrx, m: OutgoingMessage): Promise<void> {
  await repo.insertMessage(trx, {
    id: randomUUID(),
    to_address: m.to,
    subject: m.subject,
    body_text: m.text,
    kind: m.kind,
    locale: m.locale,
    created_at: nowIso(),
    sent_at: null,
    last_error: null,
  });
}

/**
 * Sends queued messages when SMTP is configured; without it they stay in the outbox for admins.
 * Failures are recorded on the message and retried on the next call.
 */
export async function deliverPending(db: DbOrTrx, mailer: Mailer, log: FastifyBaseLogger): Promise<number> {
  if (!mailer.enabled) return 0;
  let sent = 0;
  for (const m of await repo.listUnsent(db, 50)) {
    try {
      await mailer.send({ to: m.to_address, subject: m.subject, text: m.body_text });
      await repo.markResult(db, m.id, nowIso(), null);
      sent++;
    } catch (err) {
      log.warn({ err, messageId: m.id }, 'mail delivery failed');
      await repo.markResult(db, m.id, null, String((err as Error).message).slice(0, 500));
    }
  }
  return sent;
}

export interface OutboxMessageView {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  kind: string;
  locale: string;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

/** The outbox as admins read it. */
export async function browseOutbox(
  db: DbOrTrx,
  ctx: RequestContext,
  to: string | undefined,
  page: PageQuery,
): Promise<Page<OutboxMessageView>> {
  if (!ctx.actor) throw new UnauthenticatedError();
  if (ctx.actor.platformRole !== 'admin') throw new ForbiddenError();
  const { rows, total } = await repo.listMessages(db, to, page.pageSize, offsetOf(page));
  return {
    items: rows.map((r) => ({
      id: r.id,
      toAddress: r.to_address,
      subject: r.subject,
      bodyText: r.body_text,
      kind: r.kind,
      locale: r.locale,
      createdAt: r.created_at,
      sentAt: r.sent_at,
      lastError: r.last_error,
    })),
    page: page.page,
    pageSize: page.pageSize,
    total,
  };
}
