// Server configuration from command-line options and the environment (options win).
import { isAbsolute, resolve } from 'node:path';
import type { MailConfig } from './auth/mail';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  staticDir: string;
  logLevel: LogLevel;
  /** Seed the demo organisation into an empty database (--demo or SALESDESK_DEMO=1). */
  demo: boolean;
  /** SMTP for invitation and reset e-mails (SALESDESK_SMTP_URL …); null: links shown only. */
  mail: MailConfig | null;
  /**
   * Web origins besides the desktop app (app://desk) whose pages may call the API
   * (SALESDESK_CORS_ORIGINS, comma-separated, e.g. https://wallboard.example.com).
   */
  corsOrigins: string[];
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];
const OPTIONS = ['port', 'host', 'data-dir', 'static-dir', 'log-level'] as const;
type Option = (typeof OPTIONS)[number];
const FLAGS = ['demo'] as const;

function parseOptions(argv: readonly string[]): Partial<Record<Option | 'demo', string>> {
  const out: Partial<Record<Option | 'demo', string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new ConfigError(`Unexpected argument "${arg}".`);
    if ((FLAGS as readonly string[]).includes(arg.slice(2))) {
      out.demo = '1';
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg.slice(2) : arg.slice(2, eq)) as Option;
    if (!OPTIONS.includes(name)) {
      throw new ConfigError(
        `Unknown option ${arg}. Known: ${[...OPTIONS, ...FLAGS].map((o) => `--${o}`).join(', ')}.`,
      );
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '')
      throw new ConfigError(`Option --${name} needs a value.`);
    out[name] = value;
  }
  return out;
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new ConfigError(`Port must be a whole number from 1 to 65535, got "${raw}".`);
  }
  return port;
}

/** Reads the configuration; throws ConfigError with a one-line explanation on bad values. */
export function loadConfig(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string,
): Config {
  const o = parseOptions(argv);
  // An empty variable (`PORT= npm run server`) means unset, as in most tools.
  const fromEnv = (name: string) => env[name]?.trim() || undefined;
  const path = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  const logLevel = (o['log-level'] ?? fromEnv('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`Log level must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);
  }
  const databaseUrl = fromEnv('DATABASE_URL') ?? null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  return {
    port: parsePort(o.port ?? fromEnv('PORT') ?? '8787'),
    host: o.host ?? fromEnv('HOST') ?? '127.0.0.1',
    dataDir: path(o['data-dir'] ?? fromEnv('SALESDESK_DATA_DIR') ?? '.salesdesk-data'),
    databaseUrl,
    staticDir: path(o['static-dir'] ?? fromEnv('SALESDESK_STATIC_DIR') ?? 'out/renderer'),
    logLevel,
    demo: o.demo === '1' || fromEnv('SALESDESK_DEMO') === '1',
    mail: mailConfig(fromEnv),
    corsOrigins: corsOrigins(fromEnv('SALESDESK_CORS_ORIGINS')),
  };
}

/** Exact `http(s)://host[:port]` origins, lower-cased; never `*` or anything with a path. */
function corsOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let url: URL | null;
      try {
        url = new URL(entry);
      } catch {
        url = null;
      }
      const exact =
        url !== null &&
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        url.origin === entry.toLowerCase().replace(/\/$/, '');
      if (!exact || url === null) {
        throw new ConfigError(
          `SALESDESK_CORS_ORIGINS takes exact origins like https://desk.example.com (no path, no *), got "${entry}".`,
        );
      }
      return url.origin;
    });
}

/** SMTP settings: none, or a URL with the sender and the desk's public address beside it. */
function mailConfig(fromEnv: (name: string) => string | undefined): MailConfig | null {
  const smtpUrl = fromEnv('SALESDESK_SMTP_URL');
  if (!smtpUrl) return null;
  if (!/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) {
    throw new ConfigError('SALESDESK_SMTP_URL must look like smtp://user:password@host:587.');
  }
  const from = fromEnv('SALESDESK_MAIL_FROM');
  if (!from) {
    throw new ConfigError(
      'SALESDESK_MAIL_FROM is needed with SMTP, e.g. "Sales Desk <desk@example.com>".',
    );
  }
  // Links in e-mails must not be built from a request's Host header (anyone can send one).
  const publicUrl = fromEnv('SALESDESK_PUBLIC_URL');
  let url: URL | null;
  try {
    url = publicUrl ? new URL(publicUrl) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ConfigError(
      'SALESDESK_PUBLIC_URL is needed with SMTP: the address people open the desk at, e.g. https://desk.example.com.',
    );
  }
  return { smtpUrl, from, publicUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}
