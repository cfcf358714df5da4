// Finds the Electron binary that the `electron` package downloads on first use, and tries the
// download once when it is missing. Never throws: callers get a status and a one-line reason.
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {string | null} the electron package folder, or null when not installed */
function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** @returns {{ ok: true, path: string } | { ok: false, reason: string }} */
export function findElectronBinary() {
  const dir = electronPackageDir();
  if (!dir) return { ok: false, reason: 'the electron package is not installed' };
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile))
    return { ok: false, reason: 'the Electron binary has not been downloaded' };
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary))
    return { ok: false, reason: `the Electron binary is missing at ${binary}` };
  return { ok: true, path: binary };
}

/**
 * Runs electron's own installer once (it downloads from GitHub). Resolves when it finishes,
 * fails or times out; output is kept quiet so the caller can print a single line.
 */
export function tryInstallElectron(timeoutMs = 120_000) {
  const dir = electronPackageDir();
  if (!dir) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', cwd: dir });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => resolve(false));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}
