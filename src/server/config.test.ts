import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { pickLanguage } from './i18n/language.js';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({}, '/srv/koinotita');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/koinotita/data',
      databaseUrl: undefined,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      loginMaxFailures: 5,
      loginLockoutMinutes: 15,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists everything that is wrong at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(3);
      expect((error as Error).message).toContain('PORT must be an integer');
    }
  });
});

describe('language of answers', () => {
  it.each([
    [undefined, 'el'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['el-GR,el;q=0.9,en;q=0.8', 'el'],
    ['de-DE,en;q=0.5', 'en'],
    ['fr', 'el'],
    ['el;q=0.4,en;q=0.8', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});
