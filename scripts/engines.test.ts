// Which Node the project needs, honestly: package.json says >=20.19 (require() of ES modules
// unflagged, which 20.19 and 22.12 both have). A few packages say ">=22" or ">=22.12" only because
// they count the 22.x line; npm prints EBADENGINE for them on Node 20. This test keeps that list
// exact and proves each of them loads on the Node running the tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

type Version = [number, number, number];

function parse(text: string): { v: Version; wild: number } {
  const parts = text.replace(/^v/, '').split('.');
  const nums: number[] = [];
  for (const p of parts) {
    if (p === 'x' || p === '*' || p === '') break;
    nums.push(Number(p));
  }
  if (nums.some(Number.isNaN)) throw new Error(`cannot read version ${text}`);
  return { v: [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0], wild: nums.length };
}

const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Enough of npm's range syntax for the engines fields in package-lock.json. */
function satisfies(version: string, range: string): boolean {
  const have = parse(version).v;
  return range.split('||').some((alt) => {
    const tokens = alt
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    return tokens.every((token) => {
      if (token === '*') return true;
      const [, op = '', rest = ''] = /^([<>=^~]*)(.*)$/.exec(token) ?? [];
      const { v, wild } = parse(rest);
      const upper = (level: number): Version =>
        level === 0 ? [v[0] + 1, 0, 0] : level === 1 ? [v[0], v[1] + 1, 0] : [v[0], v[1], v[2] + 1];
      switch (op) {
        case '>=':
          return cmp(have, v) >= 0;
        case '>':
          return cmp(have, v) > 0;
        case '<=':
          return cmp(have, v) <= 0;
        case '<':
          return cmp(have, v) < 0;
        case '^':
          return cmp(have, v) >= 0 && cmp(have, upper(v[0] === 0 ? 1 : 0)) < 0;
        case '~':
          return cmp(have, v) >= 0 && cmp(have, upper(wild >= 2 ? 1 : 0)) < 0;
        default:
          // "20", "20.x", "6.*", "=1.2.3": the versions it names.
          return cmp(have, v) >= 0 && cmp(have, upper(Math.max(0, Math.min(wild, 3) - 1))) < 0;
      }
    });
  });
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

/** Packages whose engines leave out Node 20.19, and why that is fine. */
const STRICTER_THAN_NEEDED: Record<string, string> = {
  // Runtime: ES modules that @fastify/cookie, light-my-request and @fastify/static require().
  cookie: 'ESM only; required through require(esm), which Node 20.19 has',
  'content-disposition': 'ESM only; required through require(esm), which Node 20.19 has',
  // Packaging only (npm run dist, Electron's own download): not needed to run or test the app.
  electron: 'its installer (@electron/get) is ESM, loaded through require(esm)',
  '@electron/get': 'ESM; downloads the Electron binary',
  '@electron-internal/extract-zip': 'unzips the Electron binary',
  '@electron/rebuild': 'electron-builder: native module rebuilds (none here)',
  'node-abi': 'electron-builder: ABI table for native modules',
};

describe('Node version', () => {
  it('reads npm ranges as npm does', () => {
    expect(satisfies('20.19.0', '>=20.19')).toBe(true);
    expect(satisfies('20.18.9', '>=20.19')).toBe(false);
    expect(satisfies('20.19.0', '>=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '^20.19.0 || ^22.12.0 || >=24.0.0')).toBe(true);
    expect(satisfies('23.0.0', '^20.19.0 || ^22.12.0 || >=24.0.0')).toBe(false);
    expect(satisfies('20.19.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('21.0.0', '18 || 20 || >=22')).toBe(false);
    expect(satisfies('7.5.0', '>=6 <7 || >=8')).toBe(false);
    expect(satisfies('20.19.0', '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies('14.18.0', '>=16 || 14 >=14.17')).toBe(true);
  });

  it('runs on the Node package.json asks for', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    expect(satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });

  it('knows every package that asks for more than 20.19, and each one loads here', () => {
    const stricter = Object.entries(lock.packages)
      .filter(([path, p]) => {
        const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
        return path !== '' && range !== undefined && !satisfies('20.19.0', range);
      })
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect([...new Set(stricter)].sort()).toEqual(Object.keys(STRICTER_THAN_NEEDED).sort());
    const require = createRequire(import.meta.url);
    for (const name of stricter) {
      if (name === 'electron') continue; // its main module asks for the downloaded binary
      expect(require(name), name).toBeTruthy();
    }
  });
});
