// `npm start`: build, run the sync server with embedded PGlite, serve the web client, and open
// the desktop app pointed at it. Without an Electron binary it says so in one line and keeps
// serving the web client. Ctrl-C stops everything.
//
// Options: --port N (or PORT), --data-dir DIR (or SALESDESK_DATA_DIR), --no-build,
//          --no-electron (or SALESDESK_NO_ELECTRON=1); anything else is passed to the server.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findElectronBinary, tryInstallElectron } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function takeFlag(name) {
  const i = args.indexOf(name);
  if (i === -1) return false;
  args.splice(i, 1);
  return true;
}

function takeOption(name, fallback) {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i === -1) return fallback;
  const arg = args[i];
  if (arg.includes('=')) {
    args.splice(i, 1);
    return arg.slice(arg.indexOf('=') + 1);
  }
  const value = args[i + 1] ?? fallback;
  args.splice(i, 2);
  return value;
}

const noBuild = takeFlag('--no-build');
const noElectron = takeFlag('--no-electron') || process.env.SALESDESK_NO_ELECTRON === '1';
const port = takeOption('--port', process.env.PORT ?? '8787');
const host = takeOption('--host', process.env.HOST ?? '127.0.0.1');
const url = `http://${host}:${port}/`;

const children = new Set();
let stopping = false;

function run(command, commandArgs, options = {}) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function waitForExit(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? 1);
    else child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGINT');
  const forced = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
  }, 10_000);
  await Promise.all([...children].map(waitForExit));
  clearTimeout(forced);
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function waitForHealth(server, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) return false;
    try {
      const res = await fetch(new URL('/api/health', url), { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function startDesktop() {
  if (noElectron) {
    console.log(`Desktop app: not started (--no-electron); use the web client at ${url}`);
    return;
  }
  let binary = findElectronBinary();
  if (!binary.ok) {
    await tryInstallElectron();
    binary = findElectronBinary();
  }
  if (!binary.ok) {
    console.log(
      `Desktop app: not started — ${binary.reason} and it could not be downloaded from GitHub; ` +
        `run "node node_modules/electron/install.js" with internet access (or set ELECTRON_MIRROR), ` +
        `meanwhile use the web client at ${url}`,
    );
    return;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(
      `Desktop app: not started — no graphical display here; use the web client at ${url}`,
    );
    return;
  }
  const desktop = run(binary.path, [root, `--server-url=${url}`]);
  console.log(`Desktop app: started (Electron, pid ${desktop.pid})`);
  // Closing the desktop window ends the session, as a user expects.
  desktop.on('exit', () => void shutdown(0));
}

async function main() {
  if (!noBuild) {
    console.log('Building Sales Desk…');
    const code = await waitForExit(
      run('npm', ['run', '--silent', 'build'], { shell: process.platform === 'win32' }),
    );
    if (code !== 0) {
      console.error('Build failed; see the messages above.');
      process.exit(code);
    }
  }
  const serverMain = join(root, 'out', 'server', 'main.js');
  if (!existsSync(serverMain)) {
    console.error(`No built server at ${serverMain}: run without --no-build.`);
    process.exit(1);
  }
  const server = run(
    process.execPath,
    [
      serverMain,
      '--static-dir',
      join(root, 'out', 'renderer'),
      '--port',
      port,
      '--host',
      host,
      // Seeds the demo organisation into an empty data folder and prints its sign-in line.
      '--demo',
      ...args,
    ],
    { env: { LOG_LEVEL: 'warn', ...process.env } },
  );
  server.on('exit', (code) => {
    if (!stopping) {
      console.error(`Sync server stopped unexpectedly (exit code ${code}).`);
      void shutdown(code || 1);
    }
  });
  if (!(await waitForHealth(server))) {
    console.error(`Sync server did not become healthy at ${url}api/health.`);
    await shutdown(1);
    return;
  }
  console.log(`Sales Desk web client: ${url}`);
  await startDesktop();
  console.log('Press Ctrl-C to stop.');
}

void main();
