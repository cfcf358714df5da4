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
