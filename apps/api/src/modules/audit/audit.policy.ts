import { ForbiddenError, UnauthenticatedError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/context.ts';

/** Only admins and verifiers (auditors) read the audit log. */
export function assertCanReadAudit(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (actor.platformRole !== 'admin' && actor.platformRole !== 'verifier') throw new ForbiddenError();
}
