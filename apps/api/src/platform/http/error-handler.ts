import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

/** One field problem in a 400 answer; `code` is a `validation.*` translation key. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

type ZodIssueLike = { code?: string; message?: string; path?: PropertyKey[]; keys?: string[] };

function fieldErrorsOf(issues: ZodIssueLike[]): FieldError[] {
  return issues.flatMap((issue) => {
    const base = (issue.path ?? []).map(String).join('.');
    // Our own refinements put a `validation.*` key in the message; zod's built-ins get one
    // derived from their issue code so the UI can translate every case.
    const code = issue.message?.startsWith('validation.') ? issue.message : `validation.${issue.code ?? 'invalid'}`;
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((k) => ({ path: base ? `${base}.${k}` : k, code, message: `Unknown field "${k}".` }));
    }
    return [{ path: base, code, message: issue.message ?? code }];
  });
}

/** Maps every thrown error to `{ error: { code, message, details } }` with the right status. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      if (err.reportable) request.log.error({ err }, 'reportable application error');
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues: ZodIssueLike[] = err.validation.map((v) => ({
        code: v.keyword,
        message: v.message,
        keys: (v.params as { keys?: string[] })?.keys,
        path: v.instancePath.split('/').filter(Boolean),
      }));
      const context = err.validationContext; // body, querystring or params
      return reply.status(400).send({
        error: {
          code: 'validation.failed',
          message: `Invalid ${context ?? 'request'}.`,
          details: { in: context, fields: fieldErrorsOf(issues) },
        },
      });
    }
    const status = (err as FastifyError).statusCode ?? 500;
    const code = (err as FastifyError).code;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'validation.body_too_large', message: 'The request body is too large.', details: null } });
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ error: { code: 'validation.unsupported_media_type', message: 'Send JSON.', details: null } });
    }
    if (status === 429) {
      return reply.status(429).send({ error: { code: 'rate_limited', message: 'Too many attempts. Try again in a minute.', details: null } });
    }
    if (status >= 400 && status < 500) {
      return reply.status(400).send({ error: { code: 'validation.failed', message: err.message, details: null } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side.', details: null } });
  });
}
