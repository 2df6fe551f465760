/** Certificates of verified hours (HTML, PDF, public verification) and each person's "my impact". */
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

export function recognitionModule(_deps: Deps, _opts: { chromiumPath: string }): FastifyPluginAsync {
  return async () => {};
}
