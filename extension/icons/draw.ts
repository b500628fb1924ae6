// Draws the extension's icons (a white shield with a tick on a blue rounded square) as PNG files,
// so the icons are reproducible from code: `npx tsx extension/icons/draw.ts`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [29, 79, 145];
const WHITE = [255, 255, 255];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  Buffer.from(type, 'ascii').copy(out, 4);
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => number[]): Buffer {
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    rows[y * (1 + size * 4)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      rows.set([r!, g!, b!, a!], y * (1 + size * 4) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Signed distances in a unit square (0..1), negative inside.
const roundedSquare = (x: number, y: number) => {
  const r = 0.2;
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const shield = (x: number, y: number) => {
  // Top edge straight, sides curving to a point at the bottom.
  const top = 0.2;
  const bottom = 0.84;
  if (y < top) return top - y;
  if (y > bottom) return y - bottom;
  const t = (y - top) / (bottom - top);
  const half = 0.3 * Math.sqrt(Math.max(0, 1 - t * t * t));
  return Math.abs(x - 0.5) - half;
};
const segment = (x: number, y: number, ax: number, ay: number, bx: number, by: number) => {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
};
const tick = (x: number, y: number) => Math.min(segment(x, y, 0.37, 0.5, 0.47, 0.61), segment(x, y, 0.47, 0.61, 0.65, 0.39)) - 0.05;

const cover = (d: number, px: number) => Math.max(0, Math.min(1, 0.5 - d / px));

for (const size of [16, 32, 48, 128]) {
  const px = 1 / size;
  const image = png(size, (ix, iy) => {
    const x = (ix + 0.5) / size;
    const y = (iy + 0.5) / size;
    const bg = cover(roundedSquare(x, y), px);
    const sh = cover(shield(x, y), px) * (1 - cover(tick(x, y), px));
    const color = BLUE.map((c, i) => Math.round(c * (1 - sh) + WHITE[i]! * sh));
    return [...color, Math.round(255 * bg)];
  });
  writeFileSync(new URL(`icon-${size}.png`, import.meta.url), image);
}
