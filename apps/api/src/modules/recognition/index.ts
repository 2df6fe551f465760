/** Certificates of verified hours (HTML, PDF, public verification) and each person's "my impact". */
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { recognitionRoutes } from './recognition.routes.ts';

export function recognitionModule(deps: Deps, opts: { chromiumPath: string }): FastifyPluginAsync {
  return async (app) => {
    await app.register(recognitionRoutes(deps, opts));
  };
}
