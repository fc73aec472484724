import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { RecordFormatError } from './record-format-error.ts';

/** One member of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/**
 * Lists the members of a zip archive from its central directory (at the end of the file), so
 * a member can then be streamed on its own without reading the others: the random access an
 * XLSX needs (its shared strings may be stored after the sheet), with nothing held in memory
 * but the directory. Zip64 archives (members over 4 GB) are read too.
 *
 * Throws a {@link RecordFormatError} (line null, code `not_xlsx`) when the file is not a zip
 * archive; `what` names the expected format in the message.
 */
export async function readZipDirectory(
  file: string,
  what = 'an XLSX workbook',
): Promise<Map<string, ZipEntry>> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const notZip = (why: string) => new RecordFormatError(file, null, 'not_xlsx', `not ${what}: ${why}`);
    const head = Buffer.alloc(8);
    await handle.read(head, 0, Math.min(8, size), 0);
    if (head.readUInt32LE(0) !== LOCAL) {
      if (head.readUInt32BE(0) === 0xd0cf11e0) {
        throw notZip('it is an Excel 97-2003 (.xls) file; save it as .xlsx or CSV.');
      }
      throw notZip('it is not a zip archive (an XLSX file is one).');
    }
    if (size < 22) throw notZip('the file is too short to be a zip archive.');
    const tailLength = Math.min(size, 22 + MAX_COMMENT + 20);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd === -1) throw notZip('its zip directory is missing (the file is truncated?).');
    let count = tail.readUInt16LE(eocd + 10);
    let dirSize = tail.readUInt32LE(eocd + 12);
    let dirOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR)
        throw notZip('its zip64 directory is missing.');
      const record = Buffer.alloc(56);
      await handle.read(record, 0, 56, u64(tail, locator + 8));
      if (record.readUInt32LE(0) !== ZIP64_EOCD) throw notZip('its zip64 directory is damaged.');
      count = u64(record, 32);
      dirSize = u64(record, 40);
      dirOffset = u64(record, 48);
    }
    if (dirOffset + dirSize > size)
      throw notZip('its zip directory points past the end (the file is truncated?).');
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL)
        throw notZip('its zip directory is damaged.');
      const flags = dir.readUInt16LE(at + 8);
      const method = dir.readUInt16LE(at + 10);
      let compressedSize = dir.readUInt32LE(at + 20);
      let uncompressedSize = dir.readUInt32LE(at + 24);
      const nameLength = dir.readUInt16LE(at + 28);
      const extraLength = dir.readUInt16LE(at + 30);
      const commentLength = dir.readUInt16LE(at + 32);
      let localHeaderOffset = dir.readUInt32LE(at + 42);
      const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
      // Zip64 extra field: the 64-bit values of the fields saturated above, in this order.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = dir.readUInt16LE(extra);
        const length = dir.readUInt16LE(extra + 2);
        if (id === 0x0001) {
          let p = extra + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = u64(dir, p);
            p += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(dir, p);
            p += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(dir, p);
        }
        extra += 4 + length;
      }
      entries.set(name, {
        name,
        method,
        compressedSize,
        uncompressedSize,
        localHeaderOffset,
        encrypted: (flags & 1) === 1,
      });
      at = extraEnd + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** Streams the uncompressed bytes of one member (stored or deflated). */
export async function* readZipEntry(file: string, entry: ZipEntry): AsyncGenerator<Buffer, void, undefined> {
  const fault = (why: string) => new RecordFormatError(file, null, 'not_xlsx', `${entry.name}: ${why}`);
  if (entry.encrypted)
    throw fault('the member is encrypted (a password-protected workbook); save it without a password.');
  if (entry.method !== 0 && entry.method !== 8)
    throw fault(`unsupported zip compression method ${entry.method}.`);
  const handle = await open(file, 'r');
  const header = Buffer.alloc(30);
  try {
    await handle.read(header, 0, 30, entry.localHeaderOffset);
  } finally {
    await handle.close();
  }
  if (header.readUInt32LE(0) !== LOCAL) throw fault('the zip member header is damaged.');
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) {
    yield* raw as AsyncIterable<Buffer>;
    return;
  }
  const inflate = createInflateRaw();
  raw.on('error', (err) => inflate.destroy(err));
  raw.pipe(inflate);
  try {
    yield* inflate as AsyncIterable<Buffer>;
  } catch (err) {
    if (err instanceof RecordFormatError) throw err;
    throw fault(`the compressed data is damaged (${err instanceof Error ? err.message : String(err)}).`);
  } finally {
    raw.destroy();
    inflate.destroy();
  }
}
