/**
 * The `next` path to return to after signing in, if it is a same-site path; otherwise the
 * fallback. Prevents open redirects (`//evil.example`, `https://…`).
 */
export function safeNext(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
