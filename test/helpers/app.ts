import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/db/connection.js';
import { generateKeySpec, parseKeyRing, type KeyRing } from '../../src/lib/crypto.js';
import { generateTotpCode } from '../../src/modules/auth/totp.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import type { SeededStaff } from './fixtures.js';

export interface TestApp {
  app: FastifyInstance;
  keyRing: KeyRing;
  config: Readonly<Config>;
}

export async function createTestApp(db: Db, env: Record<string, string> = {}): Promise<TestApp> {
  // Every simulated resident comes from 127.0.0.1 here: the public per-address limit would
  // count them as one person, so it is lifted unless a test is about it.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    WEB_DIR: '/nonexistent',
    PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const keyRing = parseKeyRing(generateKeySpec('test'));
  const app = await buildApp({ config, db, keyRing });
  await app.ready();
  return { app, keyRing, config };
}

/**
 * A browser-like client over `app.inject`: keeps cookies between requests and echoes the CSRF
 * cookie in the header, as the web app does.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  sendCsrf = true;

  constructor(
    private readonly app: FastifyInstance,
    private readonly language: 'el' | 'en' = 'el',
  ) {}

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {
      'accept-language': this.language,
      ...(options.headers as Record<string, string> | undefined),
    };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    const csrf = this.cookies.get('kt_csrf');
    if (this.sendCsrf && csrf && method !== 'GET' && !('x-csrf-token' in headers)) {
      headers['x-csrf-token'] = csrf;
    }
    const response = await this.app.inject({ ...options, method: method as 'GET', headers });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number }[]) {
      if (cookie.value === '' || cookie.maxAge === 0) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  }

  put(url: string, payload: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  }

  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  }

  /** Fetches the pre-sign-in CSRF cookie, then signs in with password (and TOTP if enrolled). */
  async signIn(account: SeededStaff, center?: string): Promise<LightMyRequestResponse> {
    await this.get('/api/auth/csrf');
    const login = await this.post('/api/auth/login', {
      ...(center ? { center } : {}),
      username: account.username,
      password: account.password,
    });
    if (login.statusCode !== 200 || login.json().stage !== 'totp' || !account.totpSecret)
      return login;
    return this.post('/api/auth/totp', { code: await nextTotpCode(account.totpSecret) });
  }
}

const lastUsedStep = new Map<string, number>();

/**
 * A fresh code each call, as a person would get by waiting for the app's next code: the server
 * refuses a code twice, and accepts one step of clock drift either way.
 */
export async function nextTotpCode(secret: string): Promise<string> {
  for (;;) {
    const current = Math.floor(Date.now() / 30_000);
    const last = lastUsedStep.get(secret) ?? -Infinity;
    const step = [current - 1, current, current + 1].find((s) => s > last);
    if (step !== undefined) {
      lastUsedStep.set(secret, step);
      return generateTotpCode(secret, step * 30_000 + 1_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
