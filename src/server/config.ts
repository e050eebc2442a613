import path from 'node:path';

/**
 * Configuration is read once at start-up from the environment into a frozen, typed object. A bad
 * value stops the process with the full list of what is wrong, rather than failing later.
 * Every variable is documented in README.md.
 */
export interface Config {
  port: number;
  host: string;
  /** Where the embedded PostgreSQL cluster, the lock file and generated keys live. */
  dataDir: string;
  /** A PostgreSQL 15+ server; when absent the app runs its own embedded server under dataDir. */
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  /** `id:base64key,...`; when absent a key ring is generated once under dataDir/secrets. */
  encryptionKeys: string | undefined;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  loginRateLimitPerMinute: number;
  /** Public bookings, cancellations, moves and waitlist requests per minute per IP address. */
  publicWriteRateLimitPerMinute: number;
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where the built web app is; the API still runs when it is missing. */
  webDir: string;
  /** Years after the end of the year of a resident's last contact before the file is anonymised. */
  retentionYears: number;
  /** Largest document upload accepted, in megabytes. */
  uploadMaxMb: number;
  /** smtp:// or smtps:// URL of the outgoing mail server; unset = e-mail disabled (kept queued). */
  smtpUrl: string | undefined;
  /** The From of every e-mail. */
  mailFrom: string;
  /** How long before an appointment its reminder goes out. */
  reminderHoursBefore: number;
  /** Which SMS gateway sends SMS (`log`: none, only a log line without personal data). */
  smsProvider: 'log';
  /** The public portal's origin (https://host) for links in reminders; unset = no links. */
  publicUrl: string | undefined;
}

type Env = Record<string, string | undefined>;

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Readonly<Config> {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw)) return true;
    if (['0', 'false', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }

  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    problems.push('SMTP_URL must start with smtp:// or smtps://');
  }
  const smsProvider = (env.SMS_PROVIDER || 'log') as Config['smsProvider'];
  if (smsProvider !== 'log') problems.push('SMS_PROVIDER must be one of log');
  const publicUrl = env.PUBLIC_URL?.replace(/\/+$/, '') || undefined;
  if (publicUrl && !/^https?:\/\/[^/]+$/.test(publicUrl)) {
    problems.push('PUBLIC_URL must be an origin such as https://kentro.example.gr (no path)');
  }

  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!logLevels.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}`);

  const config: Config = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(cwd, env.DATA_DIR || './data'),
    databaseUrl,
    embeddedPgPort: int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    encryptionKeys: env.ENCRYPTION_KEYS || undefined,
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockoutMinutes: int('LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
    loginRateLimitPerMinute: int('LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 10_000),
    publicWriteRateLimitPerMinute: int('PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE', 120, 1, 1_000_000),
    trustProxy: bool('TRUST_PROXY', false),
    logLevel,
    webDir: path.resolve(cwd, env.WEB_DIR || './dist/web'),
    retentionYears: int('RETENTION_YEARS', 5, 1, 100),
    uploadMaxMb: int('UPLOAD_MAX_MB', 10, 1, 100),
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Κέντρο Κοινότητας <no-reply@localhost>',
    reminderHoursBefore: int('REMINDER_HOURS_BEFORE', 24, 1, 24 * 14),
    smsProvider,
    publicUrl,
  };

  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return Object.freeze(config);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
