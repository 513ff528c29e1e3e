// Draws the app icons as real PNGs with nothing but zlib: manifest/color.png (192×192, white glyph
// on the accent colour) and manifest/outline.png (32×32, white glyph on transparent, as Teams
// requires). The glyph: two speech bubbles, the leader and the nearest leader in dialogue.
// Run: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACCENT = [0x1f, 0x5c, 0x99]; // manifest accentColor #1F5C99

// --- shapes in unit coordinates (0..1) -------------------------------------------------------
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by),
    d2 = s(bx, by, cx, cy),
    d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const union =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));
const grow = (x0, y0, x1, y1, r, by) => roundRect(x0 - by, y0 - by, x1 + by, y1 + by, r + by);

const bubbleA = union(roundRect(0.1, 0.16, 0.62, 0.54, 0.1), triangle(0.18, 0.5, 0.32, 0.5, 0.14, 0.68));
const bubbleBBox = [0.38, 0.42, 0.9, 0.8, 0.1];
const bubbleB = union(roundRect(...bubbleBBox), triangle(0.68, 0.76, 0.82, 0.76, 0.86, 0.92));
const gapAroundB = grow(...bubbleBBox, 0.05);
/** 1 where the glyph is white: bubble A with a gap cut out around bubble B, then bubble B. */
const glyph = (x, y) => bubbleB(x, y) || (bubbleA(x, y) && !gapAroundB(x, y));

// --- rasterise with 4×4 supersampling --------------------------------------------------------
function render(size, { background, inset }) {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let hits = 0;
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const u = (i + (si + 0.5) / n) / size;
          const v = (j + (sj + 0.5) / n) / size;
          // Keep a margin so the glyph sits inside the icon's safe area.
          const gu = (u - inset) / (1 - 2 * inset);
          const gv = (v - inset) / (1 - 2 * inset);
          if (glyph(gu, gv)) hits++;
        }
      }
      const cover = hits / (n * n);
      const o = (j * size + i) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) px[o + c] = Math.round(background[c] * (1 - cover) + 255 * cover);
        px[o + 3] = 255;
      } else {
        px[o] = px[o + 1] = px[o + 2] = 255;
        px[o + 3] = Math.round(255 * cover);
      }
    }
  }
  return px;
}

// --- PNG encoding --------------------------------------------------------------------------------
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outputs = [
  ['manifest/color.png', 192, { background: ACCENT, inset: 0.16 }],
  ['manifest/outline.png', 32, { background: undefined, inset: 0.04 }],
  // The Outlook add-in's ribbon button: 16, 32 and 80 px. The v1.30 schema wants them as https URLs,
  // so they are served with the app (/assets/outlook/) rather than packed in the zip.
  ['assets/outlook/icon-16.png', 16, { background: ACCENT, inset: 0.06 }],
  ['assets/outlook/icon-32.png', 32, { background: ACCENT, inset: 0.1 }],
  ['assets/outlook/icon-80.png', 80, { background: ACCENT, inset: 0.14 }],
];
for (const [file, size, style] of outputs) {
  fs.writeFileSync(path.join(root, file), png(size, render(size, style)));
  console.log(`wrote ${file} (${size}×${size})`);
}
