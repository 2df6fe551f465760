// A tiny HTTP client over `app.inject` that keeps the session cookie and CSRF token, as a browser would.
import type { FastifyInstance } from 'fastify';

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  bearer: string | null = null;
  constructor(private readonly app: FastifyInstance) {}

  async request<T = any>(method: string, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Res<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await this.app.inject({ method: method as any, url, payload: payload as any, headers: h });
    const set = res.headers['set-cookie'];
    for (const c of ([] as string[]).concat((set as string | string[] | undefined) ?? [])) {
      const [pair] = c.split(';');
      if (pair.startsWith('ataa_session=')) this.cookie = /ataa_session=;|Max-Age=0|Expires=Thu, 01 Jan 1970/.test(c) ? null : pair;
    }
    let body: any = res.body;
    if (String(res.headers['content-type'] ?? '').includes('application/json') && res.body) body = JSON.parse(res.body);
    if (body && typeof body === 'object' && typeof body.csrfToken === 'string') this.csrf = body.csrfToken;
    return { status: res.statusCode, body, headers: res.headers };
  }

  get<T = any>(url: string) { return this.request<T>('GET', url); }
  post<T = any>(url: string, body?: unknown) { return this.request<T>('POST', url, body ?? {}); }
  patch<T = any>(url: string, body?: unknown) { return this.request<T>('PATCH', url, body ?? {}); }
  delete<T = any>(url: string) { return this.request<T>('DELETE', url); }
}
