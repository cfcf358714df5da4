import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('server configuration', () => {
  it('has sensible defaults: 127.0.0.1:8787, PGlite in ./.salesdesk-data, the built web client', () => {
    expect(loadConfig([], {}, '/srv/app')).toEqual({
      port: 8787,
      host: '127.0.0.1',
      dataDir: '/srv/app/.salesdesk-data',
      databaseUrl: null,
      staticDir: '/srv/app/out/renderer',
      logLevel: 'info',
      demo: false,
      mail: null,
      corsOrigins: [],
    });
  });

  it('reads the environment', () => {
    expect(
      loadConfig(
        [],
        {
          PORT: '9001',
          HOST: '0.0.0.0',
          SALESDESK_DATA_DIR: 'data',
          SALESDESK_STATIC_DIR: '/opt/web',
          LOG_LEVEL: 'DEBUG',
          DATABASE_URL: 'postgresql://u@h/db',
        },
        '/srv/app',
      ),
    ).toEqual({
      port: 9001,
      host: '0.0.0.0',
      dataDir: '/srv/app/data',
      databaseUrl: 'postgresql://u@h/db',
      staticDir: '/opt/web',
      logLevel: 'debug',
      demo: false,
      mail: null,
      corsOrigins: [],
    });
  });

  it('reads SMTP settings for link e-mails: URL, sender and the public address', () => {
    expect(
      loadConfig(
        [],
        {
          SALESDESK_SMTP_URL: 'smtps://desk:s%40cret@mail.example.com:465',
          SALESDESK_MAIL_FROM: 'Sales Desk <desk@example.com>',
          SALESDESK_PUBLIC_URL: 'https://desk.example.com/',
        },
        '/x',
      ).mail,
    ).toEqual({
      smtpUrl: 'smtps://desk:s%40cret@mail.example.com:465',
      from: 'Sales Desk <desk@example.com>',
      publicUrl: 'https://desk.example.com',
    });
  });

  it('reads the extra CORS origins, exact and lower-cased', () => {
    const env = { SALESDESK_CORS_ORIGINS: ' https://Wall.example.com , http://127.0.0.1:5173/,' };
    expect(loadConfig([], env, '/x').corsOrigins).toEqual([
      'https://wall.example.com',
      'http://127.0.0.1:5173',
    ]);
  });

  it('turns the demo on with --demo or SALESDESK_DEMO=1', () => {
    expect(loadConfig(['--demo'], {}, '/x').demo).toBe(true);
    expect(loadConfig([], { SALESDESK_DEMO: '1' }, '/x').demo).toBe(true);
    expect(loadConfig([], { SALESDESK_DEMO: '0' }, '/x').demo).toBe(false);
  });

  it('takes options over environment, in both --name value and --name=value forms', () => {
    const c = loadConfig(
      ['--port', '9000', '--data-dir=/var/lib/sd', '--log-level', 'warn', '--static-dir', 'web'],
      { PORT: '1234', HOST: '0.0.0.0', SALESDESK_DATA_DIR: '/elsewhere' },
      '/x',
    );
    expect(c).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/sd',
      staticDir: '/x/web',
      logLevel: 'warn',
    });
    expect(loadConfig(['--host', '::'], { HOST: '0.0.0.0' }, '/x').host).toBe('::');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig([], { PORT: '', DATABASE_URL: ' ', HOST: '' }, '/x')).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: null,
    });
  });

  it.each([
    [['--port', 'abc'], {}, 'Port must be a whole number from 1 to 65535, got "abc".'],
    [['--port', '70000'], {}, 'Port must be a whole number from 1 to 65535, got "70000".'],
    [['--port=8080.5'], {}, 'got "8080.5"'],
    [[], { PORT: '0' }, 'got "0"'],
    [[], { PORT: '-1' }, 'got "-1"'],
    [['--colour', 'red'], {}, 'Unknown option --colour. Known: --port, --host,'],
    [['serve'], {}, 'Unexpected argument "serve".'],
    [['--port'], {}, 'Option --port needs a value.'],
    [[], { LOG_LEVEL: 'loud' }, 'Log level must be one of fatal, error'],
    [[], { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres://'],
    [[], { SALESDESK_SMTP_URL: 'mail.example.com' }, 'SALESDESK_SMTP_URL must look like smtp://'],
    [[], { SALESDESK_SMTP_URL: 'smtp://h:25' }, 'SALESDESK_MAIL_FROM is needed with SMTP'],
    [
      [],
      { SALESDESK_SMTP_URL: 'smtp://h:25', SALESDESK_MAIL_FROM: 'd@x.example' },
      'SALESDESK_PUBLIC_URL is needed with SMTP',
    ],
    [[], { SALESDESK_CORS_ORIGINS: '*' }, 'SALESDESK_CORS_ORIGINS takes exact origins'],
    [[], { SALESDESK_CORS_ORIGINS: 'https://a.example/app' }, 'got "https://a.example/app"'],
    [[], { SALESDESK_CORS_ORIGINS: 'a.example, null' }, 'got "a.example"'],
    [[], { SALESDESK_CORS_ORIGINS: 'ftp://a.example' }, 'got "ftp://a.example"'],
  ] as const)('refuses %j %j in one clear line', (argv, env, message) => {
    let error: unknown;
    try {
      loadConfig(argv, env, '/x');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
