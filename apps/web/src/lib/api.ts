/** Base path of the JSON API. */
const BASE = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** A page of results, as every list endpoint answers. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** One field problem in a 400 answer; `code` is a `validation.*` translation key. */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * An error answer from the API (`{ error: { code, message, details } }`), or a network
 * failure (`status` 0, code `network`). `code` is the translation key under `errors:`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field problems of a validation error (empty for other errors). */
  get fields(): FieldProblem[] {
    const fields = (this.details as { fields?: unknown } | null)?.fields;
    return Array.isArray(fields) ? (fields as FieldProblem[]) : [];
  }
}

/** Query-string values; empty ones are left out. */
export type Query = Record<string, string | number | boolean | null | undefined>;

/**
 * The session's CSRF token: `undefined` until known, `null` when there is no session.
 * Learnt from every answer that carries it (`/session`, sign-in, sign-up); forgotten after other
 * `/auth/*` calls (sign-out, password change, resets), which may rotate the session.
 */
let csrfToken: string | null | undefined;

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function parseError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body?.error?.code) {
      return new ApiError(response.status, body.error.code, body.error.message ?? body.error.code, body.error.details ?? null);
    }
  } catch {
    // Not JSON (proxy error page); fall through to a generic error.
  }
  return new ApiError(response.status, response.status >= 500 ? 'internal' : 'unknown', response.statusText);
}

async function send<T>(method: string, path: string, body: unknown, query: Query | undefined, retried: boolean, extra?: Record<string, string>): Promise<T> {
  const headers: Record<string, string> = { ...extra, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method)) {
    if (csrfToken === undefined) await refreshCsrfToken();
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(urlOf(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'Network error');
  } finally {
    if (path.startsWith('/auth/')) csrfToken = undefined;
  }
  if (!response.ok) {
    const error = await parseError(response);
    // The session may have rotated in another tab: learn the new token and try once more.
    if (error.code === 'auth.csrf_failed' && !retried) {
      csrfToken = undefined;
      return send<T>(method, path, body, query, true, extra);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data = (text ? JSON.parse(text) : undefined) as T;
  // `/session` and the sign-in/sign-up answers carry the (new) token.
  if (data && typeof data === 'object' && 'csrfToken' in data) {
    csrfToken = (data as { csrfToken: string | null }).csrfToken;
  }
  return data;
}

/** Fetches `/session` only to learn the CSRF token. */
async function refreshCsrfToken(): Promise<void> {
  await send<unknown>('GET', '/session', undefined, undefined, true);
}

/** Typed calls to the JSON API under `/api/v1`. */
export const api = {
  get: <T>(path: string, query?: Query) => send<T>('GET', path, undefined, query, false),
  /** `headers` adds request headers, e.g. an `Idempotency-Key` kept across retries of one submission. */
  post: <T>(path: string, body?: unknown, options?: { headers?: Record<string, string> }) => send<T>('POST', path, body ?? {}, undefined, false, options?.headers),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body, undefined, false),
  /** Replaces a whole resource with `body` (e.g. `PUT /me/volunteer-profile`). */
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body, undefined, false),
  delete: <T = void>(path: string) => send<T>('DELETE', path, undefined, undefined, false),
};
