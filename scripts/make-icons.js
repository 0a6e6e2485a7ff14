#!/usr/bin/env node
/**
 * Draws the add-in's icons into assets/ — pure Node (zlib + hand-written PNG chunks), no image
 * libraries, same pixels on every run. Rebuild with `node scripts/make-icons.js`.
 *
 *   icon-{16,32,64,80}.png     the add-in: a green rounded square, a white table, a green check
 *   check-{16,32,80}.png       ribbon button "Kiểm tra": a white check mark
 *   summary-{16,32,80}.png     ribbon button "Tổng hợp": white bars
 *
 * Shapes are described in unit coordinates (0..1 across the icon) and anti-aliased by sampling
 * each pixel on an 8×8 grid.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const GREEN = [16, 124, 65, 255]; // #107C41
const DARK_GREEN = [12, 92, 48, 255];
const PALE_GREEN = [196, 227, 208, 255];
const WHITE = [255, 255, 255, 255];

// ---------------------------------------------------------------------------------------------
// Shapes: each is a predicate over a point in unit coordinates.

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** A polyline stroked with round joins and caps. */
function stroke(points, width) {
  const half = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

const background = roundRect(0.03, 0.03, 0.97, 0.97, 0.2);

/** Layers are painted in order: a later layer covers an earlier one. */
const DESIGNS = {
  icon: [
    [background, GREEN],
    [roundRect(0.19, 0.17, 0.81, 0.83, 0.07), WHITE],
    // the table's header row and first column, in pale green, like Excel's headings
    [roundRect(0.19, 0.17, 0.81, 0.33, 0.07), PALE_GREEN],
    [rect(0.19, 0.25, 0.81, 0.33), PALE_GREEN],
    [roundRect(0.19, 0.17, 0.32, 0.83, 0.07), PALE_GREEN],
    [rect(0.25, 0.17, 0.32, 0.83), PALE_GREEN],
    [stroke([[0.4, 0.58], [0.51, 0.69], [0.71, 0.45]], 0.1), GREEN],
  ],
  check: [
    [background, GREEN],
    [stroke([[0.25, 0.52], [0.42, 0.69], [0.76, 0.33]], 0.14), WHITE],
  ],
  summary: [
    [background, GREEN],
    [rect(0.22, 0.52, 0.36, 0.78), WHITE],
    [rect(0.43, 0.36, 0.57, 0.78), WHITE],
    [rect(0.64, 0.22, 0.78, 0.78), WHITE],
    [rect(0.18, 0.78, 0.82, 0.82), DARK_GREEN],
  ],
};

const SIZES = {
  icon: [16, 32, 64, 80],
  check: [16, 32, 80],
  summary: [16, 32, 80],
};

const SAMPLES = 8;

/** RGBA pixels, row by row. */
function render(layers, size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // premultiplied sums over the sub-samples
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let color = null;
          for (const [shape, fill] of layers) if (shape(x, y)) color = fill;
          if (!color) continue;
          const alpha = color[3] / 255;
          r += color[0] * alpha;
          g += color[1] * alpha;
          b += color[2] * alpha;
          a += alpha;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

// ---------------------------------------------------------------------------------------------
// PNG encoding

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const rowBytes = size * 4;
  const raw = Buffer.alloc((rowBytes + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (rowBytes + 1)] = 0; // filter: none
    pixels.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, sizes] of Object.entries(SIZES)) {
    for (const size of sizes) {
      const file = path.join(outDir, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(render(DESIGNS[name], size), size));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, DESIGNS, SIZES };
