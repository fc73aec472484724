/** One located problem in a request, as the server reports it (see docs/api.md, "Errors"). */
export interface ApiIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Any non-2xx answer, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];
  readonly requestId: string | null;
  /** seconds, from `Retry-After` on a 429 */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    issues?: readonly ApiIssue[];
    requestId?: string | null;
    retryAfter?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.requestId = init.requestId ?? null;
    this.retryAfter = init.retryAfter ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export interface ListResponse<T> {
  readonly items: T[];
}

type UnauthenticatedHandler = () => void;
let onUnauthenticated: UnauthenticatedHandler | null = null;

/** Called on any 401 of a request that did not opt out (the app sends the user to /sign-in). */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  /** false: a 401 is only thrown, the user is not sent to the sign-in page */
  readonly authRedirect?: boolean;
  readonly signal?: AbortSignal;
  readonly query?: Readonly<Record<string, string | number | null | undefined>>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'rule_violated',
  429: 'rate_limited',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toIssue(raw: unknown): ApiIssue | null {
  if (!isRecord(raw)) return null;
  const path = Array.isArray(raw.path)
    ? raw.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
    : [];
  const params: Record<string, string | number> = {};
  if (isRecord(raw.params)) {
    for (const [k, v] of Object.entries(raw.params)) {
      if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    }
  }
  return {
    path,
    code: typeof raw.code === 'string' ? raw.code : 'invalid',
    message: typeof raw.message === 'string' ? raw.message : '',
    params,
  };
}

function parseRetryAfter(response: Response): number | null {
  const raw = response.headers.get('Retry-After') ?? response.headers.get('X-Retry-After');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * Builds an ApiError from Vigie's error body `{ error: { code, message, requestId, issues } }`,
 * also accepting the flat `{ code, message }` that the authentication routes may answer.
 */
export function errorFromResponse(response: Response, body: unknown): ApiError {
  const vigieShape = isRecord(body) && isRecord(body.error);
  const envelope = isRecord(body) && isRecord(body.error) ? body.error : isRecord(body) ? body : {};
  const fallbackCode = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'internal' : 'error');
  const issues = Array.isArray(envelope.issues)
    ? envelope.issues.map(toIssue).filter((i): i is ApiIssue => i !== null)
    : [];
  // Only Vigie's own envelope carries one of its codes; the flat auth answers use other names.
  const code = vigieShape && typeof envelope.code === 'string' ? envelope.code : fallbackCode;
  return new ApiError({
    status: response.status,
    code,
    message: typeof envelope.message === 'string' ? envelope.message : response.statusText,
    issues,
    requestId: typeof envelope.requestId === 'string' ? envelope.requestId : null,
    retryAfter: parseRetryAfter(response),
  });
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // a form (file upload) sets its own multipart content type and boundary
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      code: 'network',
      message: cause instanceof Error ? cause.message : 'Network error',
    });
  }
  const data = await readBody(response);
  if (!response.ok) {
    const error = errorFromResponse(response, data);
    if (response.status === 401 && options.authRedirect !== false) onUnauthenticated?.();
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body: unknown = {}, options?: RequestOptions) =>
    request<T>('POST', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, body, options),
  delete: <T = void>(path: string, options?: RequestOptions) =>
    request<T>('DELETE', path, undefined, options),
};

/** `/api/workspaces/{ws}` followed by the given segments, each URL-encoded. */
export function wsPath(workspaceId: string, ...segments: string[]): string {
  return ['/api/workspaces', workspaceId, ...segments]
    .map((s, i) => (i === 0 ? s : encodeURIComponent(s)))
    .join('/');
}
