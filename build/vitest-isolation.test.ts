// The renderer's test files share a module graph per worker (vitest.config.ts): a file that
// replaces modules or stubs globals must run in a graph of its own, or it changes what the
// files after it import.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RENDERER_ISOLATED } from '../vitest.config';

const root = fileURLToPath(new URL('..', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(e.name) ? [relative(root, path).split('\\').join('/')] : [];
  });
}

const NEEDS_OWN_GRAPH = /\bvi\.(mock|doMock|unmock|resetModules|stubGlobal|stubEnv)\(/;

describe('renderer test isolation', () => {
  const files = testFiles(join(root, 'renderer'));

  it('runs every renderer file that mocks modules or stubs globals in a module graph of its own', () => {
    const needing = files.filter((f) => NEEDS_OWN_GRAPH.test(readFileSync(join(root, f), 'utf8')));
    expect(needing.length).toBeGreaterThan(0);
    expect(needing.filter((f) => !RENDERER_ISOLATED.includes(f))).toEqual([]);
  });

  it('lists only files that exist', () => {
    expect(RENDERER_ISOLATED.filter((f) => !files.includes(f))).toEqual([]);
  });
});
