// `npm test`: build once, then every test — unit and integration (Vitest: shared, renderer in
// jsdom, electron shell, server on PGlite and on PostgreSQL when DATABASE_URL is set) and
// end-to-end in Chromium (Playwright) — and finish with one summary line.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const started = Date.now();
const counts = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

console.log('\n== build ==');
if ((await run('npm', ['run', '--silent', 'build'])) !== 0) problems.push('build failed');

console.log('\n== unit and integration (Vitest) ==');
const vitestJson = join(results, 'vitest.json');
const vitestCode = await run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (vitestCode !== 0 && !(vitest && vitest.numFailedTests > 0))
  problems.push(`vitest exited with ${vitestCode}`);

console.log('\n== end-to-end in Chromium (Playwright) ==');
const pwJson = join(results, 'playwright.json');
const pwCode = existsSync(join(root, 'out', 'server', 'main.js'))
  ? await run(bin('playwright'), ['test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    })
  : 1;
const pw = readJson(pwJson);
if (pw?.stats) {
  counts.passed += pw.stats.expected;
  counts.failed += pw.stats.unexpected + pw.stats.flaky;
  counts.skipped += pw.stats.skipped;
}
if (pwCode !== 0 && !(pw?.stats && pw.stats.unexpected > 0))
  problems.push(`playwright exited with ${pwCode}`);

const seconds = Math.round((Date.now() - started) / 1000);
for (const p of problems) console.log(`problem: ${p}`);
console.log(
  `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)`,
);
process.exit(counts.failed > 0 || problems.length > 0 ? 1 : 0);
