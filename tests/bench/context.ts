// What every scenario gets: its scale, the real server it may use, a Chromium page on that
// server's origin, and where to log.
import type { Browser, Page } from 'playwright-core';
import type { ScenarioResult } from './types';

export type BenchContext = {
  scale: number;
  quick: boolean;
  /** Base URL of the real sync server process serving the web client and the bench page. */
  baseUrl: string;
  /** Directory with the built web client (for bundle-size measurements). */
  rendererDir: string;
  browser: Browser;
  /** A fresh page on the bench page (`/bench/`), with `window.bench` ready. */
  newBenchPage: () => Promise<Page>;
  log: (line: string) => void;
};

export type Scenario = {
  name: string;
  /** Scale when neither --scale nor --quick is given. */
  defaultScale: number;
  quickScale: number;
  run: (ctx: BenchContext) => Promise<ScenarioResult>;
};
