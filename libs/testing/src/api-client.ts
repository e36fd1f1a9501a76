export const DEMO_PASSWORD = 'franscore-demo';

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class ApiClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(private readonly baseUrl: () => string) {}

  async login(email: string, password = DEMO_PASSWORD): Promise<Answer> {
    const res = await this.request('POST', '/api/auth/login', { email, password });
    if (res.status === 200) this.csrfToken = (res.body as { csrfToken: string }).csrfToken;
    return res;
  }

  get<T = unknown>(path: string): Promise<Answer<T>> {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown, contentType?: string): Promise<Answer<T>> {
    return this.request<T>('POST', path, body, contentType);
  }
  patch<T = unknown>(path: string, body?: unknown): Promise<Answer<T>> {
    return this.request<T>('PATCH', path, body);
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers['cookie'] = this.cookieHeader();
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = contentType;
    const res = await fetch(`${this.baseUrl()}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** The Cookie header this client sends, for requests made outside it (e.g. an event stream). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  forgetCsrf(): void {
    this.csrfToken = null;
  }
}
