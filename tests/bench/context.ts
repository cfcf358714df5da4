// What every scenario gets: its scale, the real server it may use, a Chromium page on that
// server's origin, and where to log.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { KeptProfile } from './kept-profile';
import type { SeededDesk } from './seeded-desk';
import type { ScenarioResult } from './types';

export type BenchContext = {
  scale: number;
  quick: boolean;
  /** Base URL of the real sync server process serving the web client and the bench page. */
  baseUrl: string;
  /** Directory with the built web client (for bundle-size measurements). */
  rendererDir: string;
  browser: Browser;
  /** This scenario's own Chromium profile (IndexedDB on disk), closed and removed after it. */
  context: BrowserContext;
  /** The web client and bench page, for a scenario's own server (`--static-dir`). */
  staticDir: string;
  /** PostgreSQL to run server scenarios on as well (from DATABASE_URL), or null. */
  postgresUrl: string | null;
  /**
   * A fresh page on the bench page (`/bench/`), with `window.bench` ready; on the shared server,
   * or on `baseUrl` (a scenario's own server started with `staticDir`).
   */
  newBenchPage: (baseUrl?: string) => Promise<Page>;
  log: (line: string) => void;
  /**
   * For a desk scenario: the seeded desk database, already in this scenario's own copy of the
   * profile (`context`); null for the others.
   */
  desk: SeededDesk | null;
  /**
   * For a scenario with a seed of its own (`Scenario.seed`): what the seed returned, its database
   * already in this scenario's own copy of the profile (`context`); null for the others.
   */
  seeded: KeptProfile<Record<string, unknown>> | null;
};

/** A database a scenario seeds for itself, kept between runs like the seeded desk. */
export type ScenarioSeed = {
  /** The files (from the repository's root) whose content decides the seed's bytes. */
  inputs: readonly string[];
  /** Seeds `scale` on a bench page of the profile; what it returns is kept with the profile. */
  run: (page: Page, scale: number) => Promise<Record<string, unknown> & { seedMs: number }>;
};

export type Scenario = {
  name: string;
  /** Scale when neither --scale nor --quick is given. */
  defaultScale: number;
  quickScale: number;
  /** Runs on a copy of the seeded desk (the web client's database with `scale` leads). */
  desk?: boolean;
  /** Runs on a copy of a profile it seeds for itself (kept between runs at full scale). */
  seed?: ScenarioSeed;
  run: (ctx: BenchContext) => Promise<ScenarioResult>;
};
