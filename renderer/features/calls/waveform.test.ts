import { describe, expect, it } from 'vitest';
import { clock, peaksOf, silencesOf, skipTarget } from './waveform';

/** 10 s at 1 kHz sampling: a tone, 3 s of silence from 4 s, then the tone again. */
function signal(): Float32Array {
  const rate = 1000;
  const data = new Float32Array(10 * rate);
  for (let i = 0; i < data.length; i++) {
    const t = i / rate;
    data[i] = t >= 4 && t < 7 ? 0.001 * Math.sin(i) : 0.5 * Math.sin(i / 3);
  }
  return data;
}

describe('waveform', () => {
  it('takes the largest level of each bucket over every channel', () => {
    const left = new Float32Array([0.1, -0.4, 0.2, 0.05]);
    const right = new Float32Array([0.3, 0, -0.1, -0.6]);
    expect([...peaksOf([left, right], 2)].map((x) => Math.round(x * 10) / 10)).toEqual([0.4, 0.6]);
    expect(peaksOf([], 4)).toEqual(new Float32Array(4));
  });

  it('finds the silent stretch, keeps a little of its edges, ignores short pauses', () => {
    const peaks = peaksOf([signal()], 200);
    expect(silencesOf(peaks, 10_000)).toEqual([{ fromMs: 4250, toMs: 6750 }]);
    expect(silencesOf(peaks, 10_000, 3500)).toEqual([]);
    // A silent recording is one silence from start to end.
    expect(silencesOf(new Float32Array(50), 5000)).toEqual([{ fromMs: 0, toMs: 5000 }]);
  });

  it('jumps to the end of the silence playback is in', () => {
    const s = [{ fromMs: 4250, toMs: 6750 }];
    expect(skipTarget(s, 5000)).toBe(6750);
    expect(skipTarget(s, 3000)).toBeNull();
    expect(skipTarget(s, 6740)).toBeNull();
  });

  it('writes positions as m:ss and h:mm:ss', () => {
    expect(clock(65_400)).toBe('1:05');
    expect(clock(3_725_000)).toBe('1:02:05');
    expect(clock(-5)).toBe('0:00');
  });
});
