/** The contributions module: the ledger of all five kinds of giving. */
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { contributionRoutes } from './contributions.routes.ts';
import { ledgerRoutes } from './ledger.routes.ts';
import { LedgerWriter } from './ledger-writer.ts';

export { LedgerWriter } from './ledger-writer.ts';
export { ensureValuationRules } from './valuation.ts';
export { verifyLedger, recordDailyRoots } from './verification.service.ts';
export { runDueRecurring } from './recurring.service.ts';
export { recordGiven, type GivenInput, type GivenAmount } from './given.service.ts';

/** Registers every route of the module around one ledger writer (one queue per process). */
export function contributionsModule(deps: Deps, writer: LedgerWriter, opts: { chromiumPath: string }): FastifyPluginAsync {
  return async (app) => {
    await app.register(contributionRoutes(deps, writer));
    await app.register(ledgerRoutes(deps, opts));
  };
}
