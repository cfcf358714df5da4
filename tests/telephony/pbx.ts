// A real Kamailio PBX for the telephony tests: pbx/kamailio/kamailio.cfg run as a foreground
// child process on a free loopback port, SIP over WebSocket, ephemeral credentials (autheph) with
// a secret of its own. Parameters reach the config as `-A NAME=value` defines, so the file that
// runs is the file users copy. Which kamailio: KAMAILIO_PATH, else `kamailio` on PATH (or in
// /usr/sbin, which a non-root PATH may lack). PBX_DEBUG=1 turns on the config's request log and
// mirrors Kamailio's stderr to ours.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mintEphemeralCredentials } from '../../server/telephony/ephemeral';

export const KAMAILIO_CFG = fileURLToPath(
  new URL('../../pbx/kamailio/kamailio.cfg', import.meta.url),
);

export const DEFAULT_SIP_DOMAIN = 'salesdesk.test';

export type PbxOptions = {
  /** Shared secret of the ephemeral credentials; default a random one per PBX. */
  secret?: string;
  /** SIP domain and auth realm; default salesdesk.test. */
  domain?: string;
};

export type Pbx = {
  /** ws://127.0.0.1:<port> — what JsSIP's WebSocketInterface connects to. */
  wsUrl: string;
  domain: string;
  secret: string;
  /** Fresh ephemeral credentials for a SIP user (default lifetime: ephemeral.ts's shift). */
  credentials(user: string, opts?: { ttlSec?: number }): { username: string; password: string };
  stop(): Promise<void>;
};

const STARTUP_TIMEOUT_MS = 20_000;
// Kamailio's stderr kept for the error message of a failed start.
const STDERR_TAIL_LINES = 80;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The kamailio binary to run, or null when this machine has none. */
export function kamailioPath(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.KAMAILIO_PATH) return isExecutable(env.KAMAILIO_PATH) ? env.KAMAILIO_PATH : null;
  const dirs = [...(env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    if (dir && isExecutable(join(dir, 'kamailio'))) return join(dir, 'kamailio');
  }
  return null;
}

export function kamailioAvailable(): boolean {
  return kamailioPath() !== null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** One WebSocket upgrade asking for the `sip` sub-protocol: true when Kamailio accepts it. */
function acceptsSipWebSocket(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/',
      timeout: 1_000,
      headers: {
        Host: `127.0.0.1:${port}`,
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        'Sec-WebSocket-Protocol': 'sip',
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode === 101 && res.headers['sec-websocket-protocol'] === 'sip');
    });
    req.on('response', (res) => {
      res.resume();
      resolve(false);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

// Killed with the test process even when a test forgets stop() or the runner bails out.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startPbx(opts: PbxOptions = {}): Promise<Pbx> {
  const binary = kamailioPath();
  if (!binary) throw new Error('kamailio not found: install it or set KAMAILIO_PATH');
  const secret = opts.secret ?? randomBytes(24).toString('hex');
  const domain = opts.domain ?? DEFAULT_SIP_DOMAIN;
  // They become quoted string defines in the config.
  if (/["\\\s]/.test(secret)) throw new Error('PBX secret must not contain quotes, \\ or spaces');
  if (!/^[A-Za-z0-9.-]+$/.test(domain)) throw new Error(`not a SIP domain: ${domain}`);

  // A port taken between freePort() and Kamailio's bind fails the start; try another.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      return await launch(binary, port, secret, domain);
    } catch (error) {
      lastError = error;
      if (!(error instanceof Error && /Address already in use/i.test(error.message))) throw error;
    }
  }
  throw lastError;
}

async function launch(binary: string, port: number, secret: string, domain: string): Promise<Pbx> {
  const runDir = mkdtempSync(join(tmpdir(), 'salesdesk-pbx-'));
  const debug = process.env.PBX_DEBUG === '1';
  const args = [
    '-f',
    KAMAILIO_CFG,
    // Foreground, a child of this process; logs to stderr.
    '-DD',
    '-E',
    // Runtime files (pid, sockets) in our own folder, not /run/kamailio.
    '-Y',
    runDir,
    '-P',
    join(runDir, 'kamailio.pid'),
    // Shared and private memory (MB): plenty for a few browsers.
    '-m',
    '64',
    '-M',
    '8',
    '-A',
    `WS_PORT=${port}`,
    '-A',
    'LISTEN_IP=127.0.0.1',
    '-A',
    `SIP_DOMAIN="${domain}"`,
    '-A',
    `AUTH_SECRET="${secret}"`,
    ...(debug ? ['-A', 'WITH_DEBUG'] : []),
  ];
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(child);

  const stderrLines: string[] = [];
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (debug) process.stderr.write(chunk);
    stderrLines.push(...chunk.split('\n').filter((line) => line.trim() !== ''));
    stderrLines.splice(0, Math.max(0, stderrLines.length - STDERR_TAIL_LINES));
  });

  // An object, not a `let`: TypeScript would keep a `let` narrowed to its initial null.
  const state: { exited: { code: number | null; signal: string | null } | null } = {
    exited: null,
  };
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      state.exited = { code, signal };
      running.delete(child);
      resolve();
    });
    child.once('error', (error) => {
      stderrLines.push(String(error));
      state.exited = { code: null, signal: null };
      running.delete(child);
      resolve();
    });
  });

  const stop = async (): Promise<void> => {
    if (!state.exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitPromise;
      clearTimeout(timer);
    }
    rmSync(runDir, { recursive: true, force: true });
  };

  // Ready when the port takes a SIP WebSocket upgrade — the state a browser needs.
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (state.exited) {
      const { code, signal } = state.exited;
      await stop();
      throw new Error(
        `kamailio exited during start (code ${code}, signal ${signal}):\n${stderrLines.join('\n')}`,
      );
    }
    if (await acceptsSipWebSocket(port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `kamailio did not accept a SIP WebSocket on 127.0.0.1:${port} within ${STARTUP_TIMEOUT_MS} ms:\n${stderrLines.join('\n')}`,
      );
    }
    // The next probe after a short pause; the exit event ends the wait early.
    await Promise.race([exitPromise, new Promise((resolve) => setTimeout(resolve, 50))]);
  }

  return {
    wsUrl: `ws://127.0.0.1:${port}`,
    domain,
    secret,
    credentials(user, credentialOpts = {}) {
      const { username, password } = mintEphemeralCredentials(
        secret,
        user,
        Date.now(),
        credentialOpts.ttlSec,
      );
      return { username, password };
    },
    stop,
  };
}
