import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Vitest's own worker count: one fewer than the cores (one on a 2-core machine).
const CORES_LESS_ONE = Math.max(1, availableParallelism() - 1);
/** The first round's: at least two, so the bench check never runs alone. */
const BESIDE_THE_BENCH = Math.max(2, CORES_LESS_ONE);

// Three projects in two rounds, one after the other.
// 1. `bench` and `renderer` together, at least two files at once: the benchmark harness's check
//    (every scenario run small: minutes of Chromium and server processes, in a small file Vitest
//    would otherwise start last and run alone) beside the renderer in jsdom with fake-indexeddb
//    standing in for IndexedDB (no processes, no ports).
// 2. `node`: Node-side code (shared rules, server, electron shell, build config) and the
//    integration tests that start server processes, browsers and PBXs — as many at once as
//    Vitest runs by default.
export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'electron/**/*.test.ts',
            'build/**/*.test.ts',
            'scripts/**/*.test.ts',
            'eslint-rules/**/*.test.ts',
            'tests/integration/**/*.test.ts',
          ],
          maxWorkers: CORES_LESS_ONE,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // Sorts before `renderer`: its files start first in the round.
          name: 'bench',
          environment: 'node',
          include: ['tests/bench/**/*.test.ts'],
          maxWorkers: BESIDE_THE_BENCH,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/test/setup.ts'],
          maxWorkers: BESIDE_THE_BENCH,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
