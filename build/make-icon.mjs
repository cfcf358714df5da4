// Draws build/icon.png (1024×1024): a white headset on the brand-blue rounded square, rendered
// with signed distances for smooth edges. Run `node build/make-icon.mjs` after changing it.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 1024;
const BLUE = [11, 92, 173];
const WHITE = [255, 255, 255];

const clamp = (v, a, b) => Math.max(a, Math.min(b, v));
const roundedBox = (px, py, cx, cy, hw, hh, r) => {
  const qx = Math.abs(px - cx) - hw + r;
  const qy = Math.abs(py - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const ring = (px, py, cx, cy, radius, thickness) =>
  Math.abs(Math.hypot(px - cx, py - cy) - radius) - thickness / 2;
const segment = (px, py, ax, ay, bx, by, r) => {
  const pax = px - ax,
    pay = py - ay,
    bax = bx - ax,
    bay = by - ay;
  const h = clamp((pax * bax + pay * bay) / (bax * bax + bay * bay), 0, 1);
  return Math.hypot(pax - bax * h, pay - bay * h) - r;
};

function glyph(x, y) {
  // Headband: upper half of a ring.
  let d = y < 540 ? ring(x, y, 512, 540, 270, 64) : Infinity;
  // Ear cups.
  d = Math.min(d, roundedBox(x, y, 262, 600, 62, 118, 40), roundedBox(x, y, 762, 600, 62, 118, 40));
  // Microphone boom and capsule.
  d = Math.min(d, segment(x, y, 720, 700, 600, 790, 18), roundedBox(x, y, 560, 800, 60, 30, 30));
  return d;
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) {
    const bg = roundedBox(x + 0.5, y + 0.5, 512, 512, 480, 480, 200);
    const bgA = clamp(0.5 - bg, 0, 1);
    const fgA = clamp(0.5 - glyph(x + 0.5, y + 0.5), 0, 1) * bgA;
    const o = y * (N * 4 + 1) + 1 + x * 4;
    for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BLUE[c] * (1 - fgA) + WHITE[c] * fgA);
    raw[o + 3] = Math.round(bgA * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(N, 0);
header.writeUInt32BE(N, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
writeFileSync(
  new URL('./icon.png', import.meta.url),
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
