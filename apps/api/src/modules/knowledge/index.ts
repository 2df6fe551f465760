/** Expertise engagements (pro-bono work) and knowledge sharing (mentoring, training, workshops). */
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import type { LedgerWriter } from '../contributions/index.ts';

export function knowledgeModule(_deps: Deps, _writer: LedgerWriter): FastifyPluginAsync {
  return async () => {};
}
