import type { App } from '../src/http/create-app.ts';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** JSON answers parsed, others (CSV reports) as text. */
async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return null;
  return res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
}

/**
 * Talks to the app in-process like a browser would: JSON, and the session cookie kept
 * between calls. `headers` adds e.g. Origin for the CSRF tests.
 */
export class TestClient {
  private cookie = '';
  constructor(private readonly app: App) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const res = await this.app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const setCookie = res.headers.getSetCookie();
    if (setCookie.length > 0) {
      const jar = new Map(
        this.cookie ? this.cookie.split('; ').map((kv) => kv.split('=', 2) as [string, string]) : [],
      );
      for (const c of setCookie) {
        const [kv] = c.split(';');
        const [k, v = ''] = (kv ?? '').split('=', 2);
        if (k) {
          if (v === '' || /max-age=0/i.test(c)) jar.delete(k);
          else jar.set(k, v);
        }
      }
      this.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    return { status: res.status, body: (await bodyOf(res)) as T, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** A GET whose answer is read as bytes (XLSX, PDF downloads). */
  async download(path: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const res = await this.app.request(path, { headers: this.cookie ? { cookie: this.cookie } : {} });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  /** A multipart/form-data POST (file uploads), the way a browser form sends it. */
  async upload<T = unknown>(path: string, form: FormData): Promise<Reply<T>> {
    const res = await this.app.request(path, {
      method: 'POST',
      headers: this.cookie ? { cookie: this.cookie } : {},
      body: form,
    });
    return { status: res.status, body: (await bodyOf(res)) as T, headers: res.headers };
  }

  async signIn(email: string, password: string): Promise<Reply> {
    return this.post('/api/auth/sign-in/email', { email, password });
  }
}
