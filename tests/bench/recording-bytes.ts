// One-minute call recordings for the `recordings` benchmark, made from a short real WebM/Opus clip
// that Chromium's MediaRecorder recorded from oscillators (page/recordings-bench.ts): the clip's
// header (EBML + Segment + Tracks) once, its clusters repeated until the file is as large as a
// minute at the clip's own bitrate, then a WebM Void element holding the recording's number, so
// every recording has its own bytes and hash. Runs in the page and in Node alike.

/** Matroska/WebM Cluster element ID. */
const CLUSTER_ID = [0x1f, 0x43, 0xb6, 0x75];

/** Where the first Cluster starts (the header ends); -1 if the clip has none. */
export function firstCluster(clip: Uint8Array): number {
  outer: for (let i = 0; i + 4 <= clip.length; i++) {
    for (let k = 0; k < 4; k++) if (clip[i + k] !== CLUSTER_ID[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * A recording of `seconds` seconds built from `clip` (`clipSeconds` long), made unique by `index`.
 */
export function recordingBytes(
  clip: Uint8Array,
  clipSeconds: number,
  seconds: number,
  index: number,
): Uint8Array {
  const start = firstCluster(clip);
  if (start <= 0) throw new Error('the clip is not WebM with clusters');
  const header = clip.subarray(0, start);
  const media = clip.subarray(start);
  const wanted = (clip.length / clipSeconds) * seconds;
  const repeats = Math.max(1, Math.round((wanted - header.length) / media.length));
  // Void element (ID 0xEC, size 16 as a one-byte vint): legal anywhere in a WebM file.
  const tag = new Uint8Array(18);
  tag[0] = 0xec;
  tag[1] = 0x80 | 16;
  new DataView(tag.buffer).setUint32(2, index >>> 0);
  new DataView(tag.buffer).setUint32(6, (index * 2654435761) >>> 0);
  const out = new Uint8Array(header.length + media.length * repeats + tag.length);
  out.set(header, 0);
  for (let r = 0; r < repeats; r++) out.set(media, header.length + r * media.length);
  out.set(tag, out.length - tag.length);
  return out;
}

/** `bytes` cut into chunks of at most `size` bytes (views, not copies). */
export function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}
