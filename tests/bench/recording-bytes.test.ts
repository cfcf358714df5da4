// The benchmark's one-minute recordings: the clip's header once, its clusters repeated to a
// minute's size, a Void element making each recording's bytes its own.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chunksOf, firstCluster, recordingBytes } from './recording-bytes';

// EBML header stand-in, then two "clusters" (ID 1F 43 B6 75) of 50 bytes each: 6 s of audio.
const header = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4, 5, 6]);
const cluster = (fill: number) => {
  const c = new Uint8Array(50).fill(fill);
  c.set([0x1f, 0x43, 0xb6, 0x75], 0);
  return c;
};
const clip = new Uint8Array([...header, ...cluster(7), ...cluster(9)]);

describe('recordingBytes', () => {
  it('keeps the header once and repeats the clusters to the wanted length', () => {
    expect(firstCluster(clip)).toBe(header.length);
    const minute = recordingBytes(clip, 6, 60, 0);
    // 110 bytes for 6 s → 1,100 for 60 s: the header, 11 repeats of the 100 media bytes, the tag.
    expect(minute.length).toBe(header.length + 100 * 11 + 18);
    expect(minute.subarray(0, header.length)).toEqual(header);
    expect(firstCluster(minute.subarray(header.length))).toBe(0);
    expect(minute[minute.length - 18]).toBe(0xec);
  });

  it('gives every recording its own hash', () => {
    const hashes = new Set(
      Array.from({ length: 100 }, (_, i) =>
        createHash('sha256')
          .update(recordingBytes(clip, 6, 60, i))
          .digest('hex'),
      ),
    );
    expect(hashes.size).toBe(100);
  });

  it('refuses a clip that is not WebM with clusters', () => {
    expect(() => recordingBytes(header, 6, 60, 0)).toThrow(/not WebM/);
  });

  it('cuts chunks of at most the given size, in order', () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);
    expect(chunksOf(bytes, 4).map((c) => [...c])).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });
});
