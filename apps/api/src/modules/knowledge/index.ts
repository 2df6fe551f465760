/** Expertise engagements (pro-bono work) and knowledge sharing (mentoring, training, workshops). */
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import type { LedgerWriter } from '../contributions/index.ts';
import { expertiseRoutes } from './expertise.routes.ts';
import { knowledgeRoutes } from './knowledge.routes.ts';

export function knowledgeModule(deps: Deps, writer: LedgerWriter): FastifyPluginAsync {
  return async (app) => {
    await app.register(expertiseRoutes(deps, writer));
    await app.register(knowledgeRoutes(deps, writer));
  };
}
