import type { DbOrTrx } from './db/database.ts';

/**
 * In-process domain events, delivered synchronously inside the emitter's transaction, so a
 * follower's write (e.g. re-indexing search after an organisation is renamed) commits or rolls
 * back with the change. Lets one module react to another without importing it.
 */
export interface DomainEvents {
  'organisation.updated': { organisationId: string };
}

type Handler<K extends keyof DomainEvents> = (trx: DbOrTrx, payload: DomainEvents[K]) => Promise<void>;

export class EventBus {
  private readonly handlers = new Map<keyof DomainEvents, Handler<any>[]>();

  on<K extends keyof DomainEvents>(name: K, handler: Handler<K>): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
  }

  async emit<K extends keyof DomainEvents>(trx: DbOrTrx, name: K, payload: DomainEvents[K]): Promise<void> {
    for (const h of this.handlers.get(name) ?? []) await h(trx, payload);
  }
}
