import { describe, expect, it } from 'vitest';
import { ByteKeyMap, hashBytes, KeyEncoder } from './byte-key-map.ts';

/** UTF-8 bytes of a well-formed string (core has no TextEncoder or Buffer in its types). */
const bytesOf = (s: string): Uint8Array =>
  Uint8Array.from(unescape(encodeURIComponent(s)), (c) => c.charCodeAt(0));
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

const hashOf = (b: Uint8Array, start = 0, end = b.length): number => hashBytes(b, start, end);

describe('ByteKeyMap', () => {
  it('maps keys to values and finds them by their bytes anywhere in a buffer', () => {
    const map = new ByteKeyMap();
    const keys = ['C-1', 'C-2', '', 'Évry', 'C-1 ', 'c-1'];
    keys.forEach((k, n) => {
      const b = bytesOf(k);
      expect(map.find(b, 0, b.length, hashOf(b))).toBe(-1);
      const slot = map.add(b, 0, b.length, hashOf(b), 100 + n);
      expect(map.valueAt(slot)).toBe(100 + n);
    });
    const line = bytesOf('xx,Évry,C-2,');
    const evry = map.find(line, 3, 8, hashOf(line, 3, 8));
    expect(map.valueAt(evry)).toBe(103);
    expect(hex(map.keyAt(evry))).toBe(hex(bytesOf('Évry')));
    expect(map.valueAt(map.find(line, 9, 12, hashOf(line, 9, 12)))).toBe(101);
    expect(map.valueAt(map.find(line, 0, 0, hashOf(line, 0, 0)))).toBe(102);
    map.setValueAt(evry, -1);
    expect(map.valueAt(map.find(line, 3, 8, hashOf(line, 3, 8)))).toBe(-1);
    expect(map.size).toBe(keys.length);
  });

  it('tells apart keys with the same hash (collisions)', () => {
    const map = new ByteKeyMap();
    const keys = Array.from({ length: 200 }, (_, k) => bytesOf(`key-${k}`));
    keys.forEach((b, k) => {
      map.add(b, 0, b.length, 42, k); // every key in one probe chain
    });
    keys.forEach((b, k) => {
      expect(map.valueAt(map.find(b, 0, b.length, 42))).toBe(k);
    });
    const other = bytesOf('key-200');
    expect(map.find(other, 0, other.length, 42)).toBe(-1);
    const prefix = bytesOf('key-1');
    expect(map.find(prefix, 0, 4, 42)).toBe(-1); // 'key-': same start, another length
  });

  it('grows past its first capacity and keeps every key and value', () => {
    const map = new ByteKeyMap();
    const n = 100_000;
    const key = (k: number) => bytesOf(`customer-${k}-${'x'.repeat(k % 40)}`);
    for (let k = 0; k < n; k++) {
      const b = key(k);
      map.add(b, 0, b.length, hashOf(b), k * 3);
    }
    for (let k = 0; k < n; k += 7) {
      const b = key(k);
      expect(map.valueAt(map.find(b, 0, b.length, hashOf(b)))).toBe(k * 3);
    }
    const absent = bytesOf(`customer-${n}-`);
    expect(map.find(absent, 0, absent.length, hashOf(absent))).toBe(-1);
    let used = 0;
    for (let slot = 0; slot < map.capacity; slot++) if (map.used(slot)) used++;
    expect([used, map.size]).toEqual([n, n]);
  });

  it('forgets every key on clear, and is used again', () => {
    const map = new ByteKeyMap();
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 5000; k++) {
        const b = bytesOf(`r${round}-${k}`);
        expect(map.find(b, 0, b.length, hashOf(b))).toBe(-1);
        map.add(b, 0, b.length, hashOf(b), k);
      }
      const mine = bytesOf(`r${round}-4321`);
      expect(map.valueAt(map.find(mine, 0, mine.length, hashOf(mine)))).toBe(4321);
      map.clear();
      expect(map.size).toBe(0);
      expect(map.find(mine, 0, mine.length, hashOf(mine))).toBe(-1);
    }
  });

  it('copies a key from another map', () => {
    const a = new ByteKeyMap();
    const b = new ByteKeyMap();
    const key = bytesOf('C-77');
    a.add(bytesOf('C-1'), 0, 3, hashOf(bytesOf('C-1')), 1);
    const slot = a.add(key, 0, key.length, hashOf(key), 2);
    b.addFrom(a, slot, 9);
    expect(b.valueAt(b.find(key, 0, key.length, hashOf(key)))).toBe(9);
  });
});

describe('KeyEncoder', () => {
  it('writes a string as its UTF-8 bytes', () => {
    const encoder = new KeyEncoder();
    for (const s of ['', 'C-123', 'Évry', 'Zoë Brontë', '東京', '😀 ok', 'x'.repeat(500)]) {
      const n = encoder.encode(s);
      expect(hex(encoder.bytes.subarray(0, n))).toBe(hex(bytesOf(s)));
    }
  });

  it('gives different bytes to strings that differ only by a lone surrogate', () => {
    const encoder = new KeyEncoder();
    const seen = new Set<string>();
    for (const s of ['\ud800', '\udc00', '\ud800\udc00', '\ufffd', 'a\ud800', 'a\udbff']) {
      const n = encoder.encode(s);
      seen.add(hex(encoder.bytes.subarray(0, n)));
    }
    expect(seen.size).toBe(6);
  });
});
