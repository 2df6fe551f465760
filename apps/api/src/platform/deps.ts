import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from './db/database.ts';
import type { Mailer } from './mail/mailer.ts';
import type { EventBus } from './events.ts';

/** What every module's routes receive when the app registers them. */
export interface Deps {
  db: Db;
  config: Config;
  mailer: Mailer;
  log: FastifyBaseLogger;
  events: EventBus;
}
