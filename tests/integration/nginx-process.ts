// nginx from the distribution in front of sync server processes, for tests: an unprivileged nginx
// (as `nobody` when the tests run as root) on a free loopback port, with a generated config under
// a temporary prefix (-p, daemon off, logs there), its upstream `salesdesk` listing the given
// ports, and the repository's own deploy/nginx/salesdesk-proxy.conf as its locations.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, REPO_ROOT } from './sync/server-process';

/** The nginx binary: NGINX_PATH, or Debian's; null when there is none. */
export function nginxBinary(): string | null {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export type Nginx = {
  url: string;
  /** The access log so far: `<method> <uri> <status> up=<upstream addresses> …` per line. */
  accessLog: () => string;
  stop: () => Promise<void>;
};

function nobody(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'nobody']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'nobody']).toString().trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

export async function startNginx(upstreamPorts: readonly number[]): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed');
  const prefix = mkdtempSync(join(tmpdir(), 'salesdesk-nginx-'));
  const port = await freePort();
  const user = nobody();
  copyFileSync(
    join(REPO_ROOT, 'deploy', 'nginx', 'salesdesk-proxy.conf'),
    join(prefix, 'salesdesk-proxy.conf'),
  );
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log info;
events { worker_connections 512; }
http {
  log_format upstreams '$request_method $uri $status up=$upstream_addr ups=$upstream_status t=$request_time';
  access_log ${prefix}/access.log upstreams;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream salesdesk {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    # Tests only: which process answered.
    add_header X-Upstream $upstream_addr always;
    include ${prefix}/salesdesk-proxy.conf;
  }
}
`,
  );
  if (user) {
    chownSync(prefix, user.uid, user.gid);
    for (const f of ['nginx.conf', 'salesdesk-proxy.conf'])
      chownSync(join(prefix, f), user.uid, user.gid);
  }
  const child: ChildProcess = spawn(
    binary,
    ['-p', `${prefix}/`, '-c', conf, '-e', `${prefix}/error.log`],
    { stdio: ['ignore', 'pipe', 'pipe'], ...(user ?? {}) },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const errorLog = () => {
    try {
      return readFileSync(join(prefix, 'error.log'), 'utf8').slice(-3000);
    } catch {
      return '';
    }
  };
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const why = `${output}\n${errorLog()}`;
      await stop();
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}): ${why}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      const why = errorLog();
      await stop();
      throw new Error(`nginx did not answer within 60 s: ${why}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    accessLog: () => {
      try {
        return readFileSync(join(prefix, 'access.log'), 'utf8');
      } catch {
        return '';
      }
    },
    stop,
  };
}
