// Proves the benchmark harness works end to end and writes well-formed JSON — not a speed test.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './run';
import { SCENARIOS } from './scenarios/index';
import type { BenchReport } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bench options', () => {
  it('parses --quick, --scale and --only', () => {
    const o = parseArgs(['--quick', '--scale', '1_000', '--only', 'coldStart,queue']);
    expect(o).toMatchObject({ quick: true, scale: 1000, only: ['coldStart', 'queue'] });
    expect(parseArgs(['--scale=50']).scale).toBe(50);
  });

  it('refuses nonsense with a clear message', () => {
    expect(() => parseArgs(['--scale', 'lots'])).toThrow(/positive whole number/);
    expect(() => parseArgs(['--only', 'warp'])).toThrow(/unknown scenario warp/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option --fast/);
  });
});

describe('npm run bench -- --quick', () => {
  it('runs every scenario and writes the report in the agreed shape', () => {
    if (!existsSync(join(root, 'out/server/main.js'))) {
      const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
      expect(built.status).toBe(0);
    }
    const out = join(mkdtempSync(join(tmpdir(), 'salesdesk-bench-test-')), 'latest.json');
    const run = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['tests/bench/run.ts', '--quick', '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
        // About 4 minutes on a quiet machine; CI runs it beside the rest of the suite.
        timeout: 1_140_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/scenario\s+scale\s+status/);
    const report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.node).toMatch(/^v\d+/);
    expect(report.machine.chromium).toMatch(/^\d+\./);
    expect(Object.keys(report.scenarios)).toEqual(SCENARIOS.map((s) => s.name));
    for (const [name, s] of Object.entries(report.scenarios)) {
      expect(['ok', 'not-built', 'failed'], name).toContain(s.status);
      expect(s.status, `${name}: ${s.notes}`).not.toBe('failed');
      expect(s.scale, name).toBeGreaterThan(0);
      for (const m of Object.values(s.metrics)) {
        expect(Number.isFinite(m.value), name).toBe(true);
        expect(['lower', 'higher']).toContain(m.better);
        expect(typeof m.met).toBe('boolean');
        expect(typeof m.unit).toBe('string');
      }
      if (s.status === 'ok') expect(Object.keys(s.metrics).length, name).toBeGreaterThan(0);
    }
    expect(report.scenarios.coldStart?.metrics.bundleGzipKb?.value).toBeGreaterThan(10);
  }, 1_200_000);
});
