import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.ts';
import type { LedgerWriter } from '../contributions/index.ts';

// Placeholder: being built (issue 5).
export function calendarRoutes(_deps: Deps, _writer?: LedgerWriter): FastifyPluginAsyncZod {
  return async () => {};
}
