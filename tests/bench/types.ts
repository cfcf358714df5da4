// The benchmark report's shape (issue 7): one JSON file, one entry per scenario.
export type Better = 'lower' | 'higher';

export type Metric = {
  value: number;
  unit: string;
  target: number;
  better: Better;
  met: boolean;
};

export type ScenarioStatus = 'ok' | 'not-built' | 'failed';

export type ScenarioResult = {
  scale: number;
  status: ScenarioStatus;
  metrics: Record<string, Metric>;
  /** Why a scenario is not built or failed; what was measured and how. */
  notes?: string;
  durationMs?: number;
};

export type MachineFacts = {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  platform: string;
  node: string;
  chromium: string | null;
  database: string;
  date: string;
  /** 1-minute load average when the run started and when it ended: others' work skews figures. */
  loadAverage?: { start: number; end?: number };
};

export type BenchReport = {
  machine: MachineFacts;
  options: { scale: number | null; quick: boolean; only: string[] };
  scenarios: Record<string, ScenarioResult>;
};

export function metric(value: number, unit: string, target: number, better: Better): Metric {
  const rounded = Math.round(value * 100) / 100;
  return {
    value: rounded,
    unit,
    target,
    better,
    met: better === 'lower' ? value <= target : value >= target,
  };
}

/** Percentile of a sample by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
