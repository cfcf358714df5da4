// Waveform peaks and silent stretches of a decoded recording: what the player draws, and where
// "skip silence" jumps. Pure, on plain arrays (the player hands in the decoded channel data).

export type Stretch = { fromMs: number; toMs: number };

/** Peak level per bucket (largest |sample| over the channels), `buckets` of them across the audio. */
export function peaksOf(channels: readonly Float32Array[], buckets: number): Float32Array {
  const out = new Float32Array(Math.max(0, buckets));
  const length = channels[0]?.length ?? 0;
  if (length === 0 || buckets <= 0) return out;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * length) / buckets);
    const to = Math.max(from + 1, Math.floor(((b + 1) * length) / buckets));
    let peak = 0;
    for (const data of channels) {
      for (let i = from; i < to && i < length; i++) {
        const v = Math.abs(data[i] ?? 0);
        if (v > peak) peak = v;
      }
    }
    out[b] = peak;
  }
  return out;
}

/** Silence: below this share of the loudest peak (and below an absolute floor's twice). */
export const SILENCE_SHARE = 0.06;
export const SILENCE_FLOOR = 0.01;
/** Shortest stretch worth skipping. */
export const MIN_SILENCE_MS = 1200;

/**
 * The silent stretches of at least `minMs`, from peaks spread evenly over `durationMs`. A little
 * of each edge is kept (250 ms) so a skip does not clip the next word.
 */
export function silencesOf(
  peaks: Float32Array,
  durationMs: number,
  minMs = MIN_SILENCE_MS,
): Stretch[] {
  if (peaks.length === 0 || durationMs <= 0) return [];
  let loudest = 0;
  for (const p of peaks) loudest = Math.max(loudest, p);
  const threshold = Math.max(SILENCE_FLOOR, loudest * SILENCE_SHARE);
  const msPer = durationMs / peaks.length;
  const out: Stretch[] = [];
  let start = -1;
  for (let i = 0; i <= peaks.length; i++) {
    const quiet = i < peaks.length && (peaks[i] ?? 0) < threshold;
    if (quiet && start < 0) start = i;
    if (!quiet && start >= 0) {
      const fromMs = start * msPer;
      const toMs = i * msPer;
      if (toMs - fromMs >= minMs) {
        const keep = 250;
        out.push({
          fromMs: Math.round(start === 0 ? 0 : fromMs + keep),
          toMs: Math.round(i === peaks.length ? durationMs : toMs - keep),
        });
      }
      start = -1;
    }
  }
  return out;
}

/** Where playback at `atMs` should jump to when skipping silence, or null when it is not in one. */
export function skipTarget(silences: readonly Stretch[], atMs: number): number | null {
  const s = silences.find((x) => atMs >= x.fromMs && atMs < x.toMs - 50);
  return s ? s.toMs : null;
}

/** mm:ss (h:mm:ss from an hour) of a position in the recording. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
