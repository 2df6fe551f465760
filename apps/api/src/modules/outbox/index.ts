/** The outbox module: mail queued with the change that caused it, sent after commit. */
export { queueMessage, deliverPending, type OutgoingMessage } from './outbox.service.ts';
export { outboxRoutes } from './outbox.routes.ts';
