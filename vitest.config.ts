import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Vitest's own worker count: one fewer than the cores (one on a 2-core machine).
const CORES_LESS_ONE = Math.max(1, availableParallelism() - 1);
/** The first round's: at least two, so the bench check never runs alone. */
const BESIDE_THE_BENCH = Math.max(2, CORES_LESS_ONE);

/**
 * Renderer test files that need a module graph of their own: they replace modules (`vi.mock`),
 * stub globals, or test a module's state on its first load (the i18n catalogs). Every other
 * renderer file shares one module graph per worker (`isolate: false`): React, MUI, Dexie and the
 * app's modules are loaded once per worker instead of once per file, which more than halves the
 * renderer's CPU time. `build/vitest-isolation.test.ts` keeps this list complete.
 */
export const RENDERER_ISOLATED = [
  'renderer/app/SetPasswordLink.test.tsx',
  'renderer/features/insight/alerts/AlertsBell.test.tsx',
  'renderer/features/insight/losses/LossesTab.test.tsx',
  'renderer/features/insight/stages/StalledDealsCard.test.tsx',
  'renderer/features/supervisor/dashboard/DailyCheck.test.tsx',
  'renderer/features/supervisor/dashboard/RepPerformance.test.tsx',
  'renderer/i18n/i18n.test.ts',
  'renderer/i18n/use-catalog.test.tsx',
];

// Four projects in two rounds, one after the other.
// 1. `bench`, `renderer` and `renderer-isolated` together, at least two files at once: the
//    benchmark harness's check (every scenario run small: minutes of Chromium and server
//    processes, in a small file Vitest would otherwise start last and run alone) beside the
//    renderer in jsdom with fake-indexeddb standing in for IndexedDB (no processes, no ports).
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
          exclude: RENDERER_ISOLATED,
          // Each file starts as a fresh load would (English, real timers, no spies left over).
          setupFiles: ['renderer/test/setup.ts', 'renderer/test/shared-modules.ts'],
          isolate: false,
          maxWorkers: BESIDE_THE_BENCH,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer-isolated',
          environment: 'jsdom',
          include: RENDERER_ISOLATED,
          setupFiles: ['renderer/test/setup.ts'],
          maxWorkers: BESIDE_THE_BENCH,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
