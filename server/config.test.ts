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
    });
  });

  it('takes options over environment', () => {
    const c = loadConfig(
      ['--port', '9000', '--data-dir=/var/lib/sd', '--log-level', 'warn'],
      { PORT: '1234', HOST: '0.0.0.0' },
      '/x',
    );
    expect(c).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/sd',
      logLevel: 'warn',
    });
    expect(loadConfig([], { DATABASE_URL: 'postgres://u@h/db' }, '/x').databaseUrl).toBe(
      'postgres://u@h/db',
    );
  });

  it.each([
    [['--port', 'abc'], {}, /Port must be a whole number/],
    [['--port', '70000'], {}, /Port must be/],
    [[], { PORT: '0' }, /Port must be/],
    [['--colour', 'red'], {}, /Unknown option --colour/],
    [['--port'], {}, /needs a value/],
    [[], { LOG_LEVEL: 'loud' }, /Log level must be/],
    [[], { DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
  ] as const)('refuses %j %j with a clear message', (argv, env, message) => {
    expect(() => loadConfig(argv, env, '/x')).toThrow(ConfigError);
    expect(() => loadConfig(argv, env, '/x')).toThrow(message);
  });
});
