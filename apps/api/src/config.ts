import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of `process.env`. Every variable is validated here once; the app fails fast
 * with a readable list of problems. `.env.example` documents the same variables.
 */
const envSchema = z.object({
  /** `development`, `test` or `production`. Production never loads demo data. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** HTTP port. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface to bind. */
  HOST: z.string().default('0.0.0.0'),
  /** Folder for the embedded SQLite database and uploaded files. */
  DATA_DIR: z.string().default('./data'),
  /** Unset → SQLite file in DATA_DIR; `postgres://…` → PostgreSQL. */
  DATABASE_URL: z
    .string()
    .refine((s) => /^postgres(ql)?:\/\//.test(s), 'must start with postgres:// or postgresql://')
    .optional(),
  /** Public base URL used in emails and verification links. */
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** SMTP server URL (smtp://user:pass@host:587). Unset → messages stay in the outbox. */
  SMTP_URL: z.string().url().optional(),
  /** Sender address for outgoing email. */
  MAIL_FROM: z.string().default('Ataa <no-reply@ataa.local>'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Session lifetime in days. */
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Mark cookies `Secure` (set when served over HTTPS). Defaults to true in production. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** Sign-in / reset attempts allowed per IP per minute. */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Chromium used for PDF receipts and certificates. */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Register the no-op route `npm run bench` compares against (never in production). */
  BENCH_ROUTES: z.enum(['true', 'false']).default('false'),
  /** Run the scheduled jobs (monthly pledges, daily ledger roots) in this process. */
  JOBS: z.enum(['true', 'false']).default('true'),
  /** Load bilingual demo data into an empty embedded database on start (default true off production). */
  DEMO_DATA: z.enum(['true', 'false']).optional(),
});

/** Validated, frozen configuration. */
export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  dataDir: string;
  database: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  sessionDays: number;
  cookieSecure: boolean;
  authRateLimit: number;
  demoData: boolean;
  chromiumPath: string;
  benchRoutes: boolean;
  jobs: boolean;
}

/** Thrown when the environment is invalid; lists every problem. */
export class ConfigError extends Error {}

/**
 * Reads and validates the environment.
 * @param env defaults to `process.env`; tests pass their own.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a .env file) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { dialect: 'postgres' as const, url: e.DATABASE_URL }
      : { dialect: 'sqlite' as const, file: path.join(dataDir, 'ataa.sqlite') },
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : e.NODE_ENV === 'production',
    authRateLimit: e.AUTH_RATE_LIMIT,
    demoData: e.DEMO_DATA ? e.DEMO_DATA === 'true' : e.NODE_ENV !== 'production',
    chromiumPath: e.CHROMIUM_PATH,
    benchRoutes: e.BENCH_ROUTES === 'true' && e.NODE_ENV !== 'production',
    jobs: e.JOBS === 'true',
  });
}
