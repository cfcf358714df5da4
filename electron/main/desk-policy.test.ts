import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  appContentSecurityPolicy,
  DeskPolicyStore,
  MAX_REMEMBERED_SERVERS,
  mayOpenExternal,
  pbxOriginsFromCsp,
  serverOriginOf,
  type DeskPolicy,
  type DeskPolicySources,
} from './desk-policy';

/** The sources of one directive of a policy. */
function sources(csp: string, directive: string): string[] {
  for (const part of csp.split(';')) {
    const [name, ...rest] = part.trim().split(/\s+/);
    if (name === directive) return rest;
  }
  throw new Error(`no ${directive} in ${csp}`);
}

const POLICY: DeskPolicy = {
  serverOrigins: ['https://desk.example.com'],
  pbxOrigins: ['wss://pbx.example.com:8089'],
  externalHosts: ['salesdesk.example', 'help.example.com'],
};

describe('the app page’s Content-Security-Policy', () => {
  const csp = appContentSecurityPolicy(POLICY);

  it('connects to the app itself, its sync server and its PBX, and nowhere else', () => {
    expect(sources(csp, 'connect-src')).toEqual([
      "'self'",
      'https://desk.example.com',
      'wss://pbx.example.com:8089',
    ]);
  });

  it('allows no scheme-wide source (https:, wss:) and no wildcard anywhere', () => {
    for (const source of csp.split(/[\s;]+/)) {
      expect(source, source).not.toMatch(/^(https?|wss?):$/);
      expect(source, source).not.toContain('*');
    }
  });

  it('connects only to itself before any server is known', () => {
    expect(
      sources(appContentSecurityPolicy({ serverOrigins: [], pbxOrigins: [] }), 'connect-src'),
    ).toEqual(["'self'"]);
  });

  it('keeps the rest of the policy: own scripts only, no eval, no plugins, no framing', () => {
    expect(csp.split('; ').filter((d) => !d.startsWith('connect-src'))).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      "media-src 'self' blob: mediastream:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]);
  });
});

describe('pbxOriginsFromCsp', () => {
  it('takes the WebSocket origins from a sync server’s connect-src (helmet writes a;b)', () => {
    const header =
      "default-src 'self';connect-src 'self' wss://pbx.example.com:8089 wss://other.example.com;" +
      "media-src 'self' blob: mediastream:";
    expect(pbxOriginsFromCsp(header)).toEqual([
      'wss://other.example.com',
      'wss://pbx.example.com:8089',
    ]);
  });

  it('takes nothing else: https sources, keywords, schemes, junk, or no header', () => {
    expect(
      pbxOriginsFromCsp("connect-src 'self' https://x.example wss: * ws://user:pw@h.example"),
    ).toEqual([]);
    expect(pbxOriginsFromCsp(null)).toEqual([]);
    expect(pbxOriginsFromCsp("default-src 'self'")).toEqual([]);
  });
});

describe('serverOriginOf', () => {
  it.each([
    ['https://desk.example.com/some/path?q=1', 'https://desk.example.com'],
    ['https://desk.example.com:8443', 'https://desk.example.com:8443'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
    ['http://localhost:8787', 'http://localhost:8787'],
  ])('takes %s as %s', (url, origin) => expect(serverOriginOf(url)).toBe(origin));

  it.each([
    'http://10.0.0.5:8787',
    'http://desk.example.com',
    'https://user:pw@desk.example.com',
    'wss://desk.example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    '*',
    '',
  ])('refuses %j', (url) => expect(serverOriginOf(url)).toBeNull());
});

describe('mayOpenExternal', () => {
  it.each([
    'tel:+905321234567',
    'sip:1001@pbx.example.com',
    'callto:+442079460123',
    'https://desk.example.com/help',
    'https://help.example.com/',
    'https://HELP.example.com/calls?x=1',
    'https://salesdesk.example/docs',
    'https://wa.me/966501234567?text=Hi%0D%0Athere',
    'mailto:ahmed@example.sa?subject=Offer',
    'sms:+905321234567?body=Merhaba',
    'whatsapp://send?phone=905321234567&text=Merhaba',
  ])('opens %s', (url) => expect(mayOpenExternal(url, POLICY)).toBe(true));

  it.each([
    'https://evil.example/',
    'https://help.example.com.evil.example/',
    'https://evil.example/?https://help.example.com/',
    'https://sub.help.example.com/',
    'https://help.example.com:8443/',
    'https://desk.example.com:8443/',
    'http://help.example.com/',
    'https://user@help.example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
  ])('refuses %s', (url) => expect(mayOpenExternal(url, POLICY)).toBe(false));
});

function sourcesIn(dir = mkdtempSync(join(tmpdir(), 'desk-policy-'))): DeskPolicySources {
  return {
    serverUrl: null,
    env: {},
    configFile: join(dir, 'desk-config.json'),
    learnedFile: join(dir, 'desk-servers.json'),
  };
}

describe('DeskPolicyStore', () => {
  it('knows the product’s help site and nothing else by default', () => {
    expect(new DeskPolicyStore(sourcesIn()).policy()).toEqual({
      serverOrigins: [],
      pbxOrigins: [],
      externalHosts: ['salesdesk.example'],
    });
  });

  it('reads the server from --server-url, IT’s desk-config.json and SALESDESK_EXTERNAL_HOSTS', () => {
    const src = sourcesIn();
    writeFileSync(
      src.configFile,
      JSON.stringify({
        serverUrls: ['https://desk.example.com/', 'http://10.0.0.5:8787', 42],
        externalHosts: ['Help.Example.com', 'not a host', '*.example.com'],
      }),
    );
    const policy = new DeskPolicyStore({
      ...src,
      serverUrl: 'http://127.0.0.1:8787/',
      env: { SALESDESK_EXTERNAL_HOSTS: 'kb.example.org, ' },
    }).policy();
    expect(policy.serverOrigins).toEqual(['http://127.0.0.1:8787', 'https://desk.example.com']);
    expect(policy.externalHosts).toEqual([
      'help.example.com',
      'kb.example.org',
      'salesdesk.example',
    ]);
  });

  it('remembers a server the person signs in to, across restarts, and refuses one no desk may use', () => {
    const src = sourcesIn();
    const store = new DeskPolicyStore(src);
    expect(store.allowServer('https://desk.example.com/')).toEqual({ allowed: true, added: true });
    expect(store.allowServer('https://desk.example.com')).toEqual({ allowed: true, added: false });
    expect(store.allowServer('http://10.0.0.5:8787')).toEqual({ allowed: false, added: false });
    expect(new DeskPolicyStore(src).policy().serverOrigins).toEqual(['https://desk.example.com']);
  });

  it(`remembers at most ${MAX_REMEMBERED_SERVERS} servers signed in to, dropping the oldest`, () => {
    const src = sourcesIn();
    const store = new DeskPolicyStore(src);
    for (let i = 0; i <= MAX_REMEMBERED_SERVERS; i++) store.allowServer(`https://s${i}.example`);
    const origins = new DeskPolicyStore(src).policy().serverOrigins;
    expect(origins).toHaveLength(MAX_REMEMBERED_SERVERS);
    expect(origins).not.toContain('https://s0.example');
    expect(origins).toContain(`https://s${MAX_REMEMBERED_SERVERS}.example`);
  });

  it('learns the PBX addresses from each server’s own CSP, and keeps them when it is offline', async () => {
    const src = sourcesIn();
    let online = true;
    const fetch = vi.fn(async (url: string) => {
      if (!online) throw new TypeError('net::ERR_INTERNET_DISCONNECTED');
      expect(url).toBe('https://desk.example.com/api/sync/info');
      return {
        headers: new Headers({
          'content-security-policy':
            "default-src 'self';connect-src 'self' wss://pbx.example.com:8089",
        }),
      };
    });
    const store = new DeskPolicyStore({ ...src, serverUrl: 'https://desk.example.com', fetch });
    expect(store.policy().pbxOrigins).toEqual([]);
    await store.refreshPbxOrigins();
    expect(store.policy().pbxOrigins).toEqual(['wss://pbx.example.com:8089']);
    expect(sources(appContentSecurityPolicy(store.policy()), 'connect-src')).toEqual([
      "'self'",
      'https://desk.example.com',
      'wss://pbx.example.com:8089',
    ]);
    online = false;
    const restarted = new DeskPolicyStore({ ...src, serverUrl: 'https://desk.example.com', fetch });
    await restarted.refreshPbxOrigins();
    expect(restarted.policy().pbxOrigins).toEqual(['wss://pbx.example.com:8089']);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('drops a server’s PBX addresses when the server no longer lists them', async () => {
    const src = sourcesIn();
    let csp = "connect-src 'self' wss://pbx.example.com";
    const fetch = async () => ({ headers: new Headers({ 'content-security-policy': csp }) });
    const store = new DeskPolicyStore({ ...src, serverUrl: 'https://desk.example.com', fetch });
    await store.refreshPbxOrigins();
    csp = "connect-src 'self'";
    await store.refreshPbxOrigins();
    expect(store.policy().pbxOrigins).toEqual([]);
    expect(JSON.parse(readFileSync(src.learnedFile, 'utf8'))).toMatchObject({
      pbxOrigins: { 'https://desk.example.com': [] },
    });
  });

  it('ignores a damaged file of learned servers', () => {
    const src = sourcesIn();
    writeFileSync(src.learnedFile, '{"servers": "https://x.example", "pbxOrigins": [1]');
    expect(new DeskPolicyStore(src).policy().serverOrigins).toEqual([]);
  });
});
