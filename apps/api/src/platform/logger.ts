import type { FastifyServerOptions } from 'fastify';

/** Paths pino must never print: credentials, secrets and personal identifiers. */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.secret',
  '*.iban',
  '*.nationalId',
];

/** Fastify's logger options: JSON lines with request ids, secrets redacted. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
}
