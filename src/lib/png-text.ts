/**
 * Insert UTF-8 text chunks (iTXt, PNG spec §11.3.4.5) after a PNG's IHDR, so a downloaded PNG
 * carries the same metadata as the SVG (parameters, version, citation, licence). Pure bytes.
 */
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An iTXt chunk: keyword (Latin-1, 1–79 chars), uncompressed UTF-8 text. */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new RangeError(`invalid keyword: ${keyword} (1–79 printable ASCII characters)`);
  const key = new TextEncoder().encode(keyword);
  const body = new TextEncoder().encode(text);
  // keyword \0 compression-flag compression-method language-tag \0 translated-keyword \0 text
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set([0, 0, 0, 0, 0], key.length);
  data.set(body, key.length + 5);
  return chunk("iTXt", data);
}

export function addPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new TypeError("invalid png: missing PNG signature");
  const ihdrLength = new DataView(png.buffer, png.byteOffset).getUint32(8);
  const afterIhdr = 8 + 12 + ihdrLength;
  const chunks = Object.entries(entries).map(([k, v]) => itxtChunk(k, v));
  const extra = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, afterIhdr), 0);
  let at = afterIhdr;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(afterIhdr), at);
  return out;
}

/** Read back iTXt entries (for tests and for readers checking a file). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset);
  const out: Record<string, string> = {};
  let at = 8;
  while (at + 8 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === "iTXt") {
      const data = png.subarray(at + 8, at + 8 + length);
      const zero = data.indexOf(0);
      const keyword = new TextDecoder("latin1").decode(data.subarray(0, zero));
      let p = zero + 3;
      p = data.indexOf(0, p) + 1; // language tag
      p = data.indexOf(0, p) + 1; // translated keyword
      out[keyword] = new TextDecoder().decode(data.subarray(p));
    }
    if (type === "IEND") break;
    at += 12 + length;
  }
  return out;
}
