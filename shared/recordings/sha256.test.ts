import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Sha256, sha256Hex } from './sha256';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sha256', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex(bytes(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(bytes('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('gives node:crypto’s hash for any message split anywhere', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 700 }),
        fc.array(fc.nat({ max: 700 }), { maxLength: 6 }),
        (data, cuts) => {
          const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
          const hash = new Sha256();
          let from = 0;
          for (const p of [...points, data.length]) {
            hash.update(data.subarray(from, p));
            from = p;
          }
          expect(hash.hex()).toBe(createHash('sha256').update(data).digest('hex'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hashes a few megabytes fed in recording-sized chunks', () => {
    const data = new Uint8Array(3 * 1024 * 1024 + 17);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
    const hash = new Sha256();
    for (let i = 0; i < data.length; i += 256 * 1024) hash.update(data.subarray(i, i + 256 * 1024));
    expect(hash.hex()).toBe(createHash('sha256').update(data).digest('hex'));
  });
});
