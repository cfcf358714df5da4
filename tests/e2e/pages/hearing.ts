// What a party of a call hears, measured by frequency analysis in its own page. An init script
// (installed before any of the page's code runs) taps two things: every audio track a peer
// connection receives, and everything a Web Audio graph sends to its speakers (the destination).
// `heardTones` then runs an FFT (AnalyserNode) over either, for about a second, and reports the
// strongest level near each frequency asked for, in dB.
import type { BrowserContext, Page } from '@playwright/test';

/** A tone at least this loud (dB, AnalyserNode scale) counts as heard. */
export const HEARD_DB = -50;

type TapWindow = {
  __remoteTracks: MediaStreamTrack[];
  __speakerTaps: AnalyserNode[];
};

/** Installs the taps in every page of `context`. */
export async function tapHearing(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as TapWindow;
    w.__remoteTracks = [];
    w.__speakerTaps = [];
    const Original = window.RTCPeerConnection;
    class TappedPeerConnection extends Original {
      constructor(config?: RTCConfiguration) {
        super(config);
        this.addEventListener('track', (e) => {
          if (e.track.kind === 'audio') w.__remoteTracks.push(e.track);
        });
      }
    }
    window.RTCPeerConnection = TappedPeerConnection;
    const connect = AudioNode.prototype.connect as (...args: unknown[]) => unknown;
    AudioNode.prototype.connect = function (this: AudioNode, ...args: unknown[]) {
      const dest = args[0];
      if (dest instanceof AudioDestinationNode) {
        const ctx = dest.context as BaseAudioContext & { __tap?: AnalyserNode };
        if (!ctx.__tap) {
          ctx.__tap = ctx.createAnalyser();
          ctx.__tap.fftSize = 8192;
          ctx.__tap.smoothingTimeConstant = 0;
          w.__speakerTaps.push(ctx.__tap);
        }
        connect.call(this, ctx.__tap);
      }
      return connect.apply(this, args);
    } as typeof AudioNode.prototype.connect;
  });
}

/**
 * The strongest level (dB) near each of `frequencies` over about a second of audio: from the
 * page's live received tracks (`received`), or from what its Web Audio graphs play (`speakers`).
 */
export function heardTones(
  page: Page,
  source: 'received' | 'speakers',
  frequencies: readonly number[],
): Promise<Record<number, number>> {
  return page.evaluate(
    async ({ source, frequencies }) => {
      const w = window as unknown as TapWindow;
      let analysers: AnalyserNode[];
      let ctx: AudioContext | null = null;
      if (source === 'received') {
        const tracks = w.__remoteTracks.filter((t) => t.readyState === 'live');
        if (tracks.length === 0) return Object.fromEntries(frequencies.map((f) => [f, -Infinity]));
        ctx = new AudioContext();
        const analyser = ctx.createAnalyser();
        analyser.fftSize = 8192;
        analyser.smoothingTimeConstant = 0;
        for (const t of tracks) ctx.createMediaStreamSource(new MediaStream([t])).connect(analyser);
        analysers = [analyser];
      } else {
        analysers = w.__speakerTaps.filter((a) => a.context.state === 'running');
      }
      const best = Object.fromEntries(frequencies.map((f) => [f, -Infinity])) as Record<
        number,
        number
      >;
      // 20 frames, 50 ms apart: a second of sound.
      for (let frame = 0; frame < 20; frame++) {
        await new Promise((r) => setTimeout(r, 50));
        for (const a of analysers) {
          const bins = new Float32Array(a.frequencyBinCount);
          a.getFloatFrequencyData(bins);
          const hz = a.context.sampleRate / a.fftSize;
          for (const f of frequencies) {
            const centre = Math.round(f / hz);
            for (let b = centre - 3; b <= centre + 3; b++) {
              const v = bins[b] ?? -Infinity;
              if (v > best[f]!) best[f] = v;
            }
          }
        }
      }
      await ctx?.close();
      return best;
    },
    { source, frequencies },
  );
}

type WatchWindow = TapWindow & {
  __toneWatch?: { ctx: AudioContext; timer: number; peaks: Record<number, number> };
};

/** How long a tone must hold its level to count (ms): longer than a click, shorter than a beep. */
export const SUSTAINED_MS = 120;

/**
 * Starts watching what the page receives, without a gap, from now until `tonePeaks`: every 20 ms
 * an FFT over every live received audio track (tracks of calls that start later are picked up as
 * they come). For each of `frequencies` it keeps the loudest level the tone *held* for
 * SUSTAINED_MS — a click or the start of a call sprays energy over every band for a frame or two,
 * a played sound stays. For short sounds — a notice played once at answer — that a one-second
 * `heardTones` sample taken at the wrong moment misses. Starting again forgets the last watch.
 */
export function watchTones(page: Page, frequencies: readonly number[]): Promise<void> {
  return page.evaluate(
    async ({ frequencies, holdMs }) => {
      const w = window as unknown as WatchWindow;
      if (w.__toneWatch) {
        clearInterval(w.__toneWatch.timer);
        await w.__toneWatch.ctx.close();
      }
      const ctx = new AudioContext();
      await ctx.resume();
      const analyser = ctx.createAnalyser();
      // 43 ms of sound per frame at 48 kHz, 23 Hz per bin.
      analyser.fftSize = 2048;
      analyser.smoothingTimeConstant = 0;
      const bins = new Float32Array(analyser.frequencyBinCount);
      const hz = ctx.sampleRate / analyser.fftSize;
      const connected = new Set<MediaStreamTrack>();
      const peaks = Object.fromEntries(frequencies.map((f) => [f, -Infinity])) as Record<
        number,
        number
      >;
      const recent: { at: number; levels: number[] }[] = [];
      const timer = window.setInterval(() => {
        for (const t of w.__remoteTracks) {
          if (t.readyState !== 'live' || connected.has(t)) continue;
          connected.add(t);
          ctx.createMediaStreamSource(new MediaStream([t])).connect(analyser);
        }
        analyser.getFloatFrequencyData(bins);
        const at = performance.now();
        recent.push({
          at,
          levels: frequencies.map((f) => {
            const centre = Math.round(f / hz);
            let best = -Infinity;
            for (let b = centre - 1; b <= centre + 1; b++)
              best = Math.max(best, bins[b] ?? -Infinity);
            return best;
          }),
        });
        while (recent.length > 1 && recent[1]!.at <= at - holdMs) recent.shift();
        // The frames cover the last holdMs: what each tone held over all of them.
        if (recent[0]!.at > at - holdMs || recent.length < 3) return;
        frequencies.forEach((f, i) => {
          const held = Math.min(...recent.map((r) => r.levels[i]!));
          if (held > peaks[f]!) peaks[f] = held;
        });
      }, 20);
      w.__toneWatch = { ctx, timer, peaks };
    },
    { frequencies, holdMs: SUSTAINED_MS },
  );
}

/** The loudest level (dB) each watched frequency held for SUSTAINED_MS since `watchTones`. */
export function tonePeaks(page: Page): Promise<Record<number, number>> {
  return page.evaluate(() => {
    const watch = (window as unknown as WatchWindow).__toneWatch;
    if (!watch) throw new Error('watchTones was not started on this page');
    return { ...watch.peaks };
  });
}
