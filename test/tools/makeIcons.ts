/**
 * Draws Jixiao's icon (a rounded square in seal red with three rising bars and a baseline: a score
 * sheet at a glance) at every size the manifest names, as plain PNGs. Run: npx tsx test/tools/makeIcons.ts
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size: number): Buffer {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const radius = size * 0.18;
  const inside = (x: number, y: number): boolean => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const bars = [
    { x0: 0.2, x1: 0.34, top: 0.55 },
    { x0: 0.43, x1: 0.57, top: 0.38 },
    { x0: 0.66, x1: 0.8, top: 0.2 },
  ];
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const fx = (x + 0.5) / size;
      const fy = (y + 0.5) / size;
      let rgba = [0, 0, 0, 0];
      if (inside(x + 0.5, y + 0.5)) {
        rgba = [0xc0, 0x2b, 0x26, 255];
        const onBar = bars.some((b) => fx >= b.x0 && fx <= b.x1 && fy >= b.top && fy <= 0.78);
        const onBase = fy > 0.8 && fy <= 0.8 + Math.max(1.5 / size, 0.05) && fx >= 0.16 && fx <= 0.84;
        if (onBar || onBase) rgba = [255, 255, 255, 255];
      }
      px.set(rgba, o);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(px)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "../../assets", `icon-${size}.png`), icon(size));
}
