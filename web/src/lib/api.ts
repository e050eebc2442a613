// One fetch wrapper for every call to the server: language, CSRF, cookies and problem+json errors,
// for JSON and multipart (FormData) bodies alike.

export interface ProblemFieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  field?: string;
  errors?: ProblemFieldError[];
}

/** An API call that failed. status 0 means the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, code: 'network' });
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON unless it is a FormData (multipart: the browser sets the boundary). */
  body?: unknown;
  signal?: AbortSignal;
  /** Sign-in steps handle 401 themselves instead of sending the person to the sign-in page. */
  authFlow?: boolean;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
}

const CSRF_COOKIE = 'kt_csrf';
let onUnauthorized: (() => void) | null = null;

/** The staff app registers what to do when the session has ended (go to sign-in). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function currentLanguage(): 'el' | 'en' {
  return document.documentElement.lang === 'en' ? 'en' : 'el';
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

// The server rotates the token at sign-in, so the cookie is read fresh before every write.
async function csrfToken(): Promise<string> {
  const fromCookie = readCookie(CSRF_COOKIE);
  if (fromCookie) return fromCookie;
  const { csrfToken: token } = await apiFetch<{ csrfToken: string }>('/api/auth/csrf');
  return readCookie(CSRF_COOKIE) ?? token;
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return { ...body, status: response.status };
    } catch {
      // fall through to a bare problem
    }
  }
  return { status: response.status };
}

export async function apiFetch<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  if (method !== 'GET') headers['x-csrf-token'] = await csrfToken();
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  const body =
    options.body === undefined
      ? undefined
      : multipart
        ? (options.body as FormData)
        : JSON.stringify(options.body);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body,
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'network' });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !options.authFlow) onUnauthorized?.();
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
