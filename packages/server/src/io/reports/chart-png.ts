import { crc32, deflateSync } from 'node:zlib';

/** An RGB colour. */
export type Rgb = readonly [number, number, number];

const TRACK: Rgb = [226, 232, 240];
const TICK: Rgb = [148, 163, 184];

/**
 * Small charts as PNG images for the DOCX export (Word has no vector charts a library can write
 * simply): bars on a 0–100 % scale. Their numbers are written beside them in the text, so the
 * images hold no text and need no font.
 */
export class BarCanvas {
  private readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  rect(x: number, y: number, w: number, h: number, color: Rgb): void {
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + h)); row++) {
      for (let col = Math.max(0, Math.round(x)); col < Math.min(this.width, Math.round(x + w)); col++) {
        const at = (row * this.width + col) * 3;
        this.pixels.set(color, at);
      }
    }
  }

  png(): Buffer {
    const stride = this.width * 3;
    const raw = Buffer.alloc((stride + 1) * this.height);
    for (let row = 0; row < this.height; row++) {
      raw[row * (stride + 1)] = 0; // filter: none
      raw.set(this.pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter set, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A share with its interval: the track, the interval lighter, the value darker, ticks at 25 %. */
export function gaugePng(value: number, low: number, high: number, color: Rgb): Buffer {
  const c = new BarCanvas(400, 28);
  const x = (ratio: number) => 4 + Math.max(0, Math.min(1, ratio)) * 392;
  c.rect(4, 8, 392, 12, TRACK);
  c.rect(x(low), 8, Math.max(2, x(high) - x(low)), 12, lighter(color));
  c.rect(4, 10, x(value) - 4, 8, color);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) c.rect(x(t) - 1, 22, 2, 5, TICK);
  return c.png();
}

/** Two bars on one scale: a reaction's rate after a practice, and without it. */
export function pairPng(first: number, second: number, colors: readonly [Rgb, Rgb]): Buffer {
  const c = new BarCanvas(400, 40);
  const w = (ratio: number) => Math.max(1, Math.max(0, Math.min(1, ratio)) * 392);
  c.rect(4, 4, 392, 14, TRACK);
  c.rect(4, 4, w(first), 14, colors[0]);
  c.rect(4, 22, 392, 14, TRACK);
  c.rect(4, 22, w(second), 14, colors[1]);
  return c.png();
}

function lighter(color: Rgb): Rgb {
  return [0, 1, 2].map((i) =>
    Math.round((color[i] as number) + (255 - (color[i] as number)) * 0.6),
  ) as unknown as Rgb;
}
