import { damaged, grouped, sizeText, tooLarge, WORKBOOK_LIMITS } from "./limits";
import { UnreadableWorkbook } from "./unreadable";
import { refusalWords } from "../messages";

/** One part of a zip file, unpacked. */
export interface ZipPart {
  /** The name as stored (bytes), kept as it was for the zip handed on. */
  readonly rawName: Uint8Array;
  readonly name: string;
  readonly flags: number;
  content: Uint8Array;
}

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number =>
  (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  readonly rawName: Uint8Array;
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

function endRecord(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) if (u32(b, at) === EOCD) return at;
  return -1;
}

/** Sizes a zip64 entry keeps in its extra field (0x0001), where the directory says 0xFFFFFFFF. */
function zip64Sizes(extra: Uint8Array, sizes: { size: number; compressedSize: number; localOffset: number }): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== 0x0001) continue;
    let field = at + 4;
    const u64 = (): number => {
      const v = u32(extra, field) + u32(extra, field + 4) * 2 ** 32;
      field += 8;
      return v;
    };
    if (sizes.size === 0xffffffff) sizes.size = u64();
    if (sizes.compressedSize === 0xffffffff) sizes.compressedSize = u64();
    if (sizes.localOffset === 0xffffffff) sizes.localOffset = u64();
    return;
  }
}

/** The central directory: every part's name, method and declared sizes, read without inflating anything. */
function entriesOf(b: Uint8Array): Entry[] {
  const end = endRecord(b);
  if (end < 0) throw damaged(refusalWords("zipNoDirectory"));
  const count = u16(b, end + 10);
  const offset = u32(b, end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw tooLarge(refusalWords("overZip64", { limit: sizeText(WORKBOOK_LIMITS.unpackedBytes) }));
  if (count > WORKBOOK_LIMITS.parts)
    throw tooLarge(refusalWords("overParts", { count: grouped(count), limit: grouped(WORKBOOK_LIMITS.parts) }));
  const names = new TextDecoder("utf-8");
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) throw damaged(refusalWords("zipDirectoryShort"));
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const rawName = b.slice(at + 46, at + 46 + nameLength);
    const sizes = { size: u32(b, at + 24), compressedSize: u32(b, at + 20), localOffset: u32(b, at + 42) };
    zip64Sizes(b.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), sizes);
    entries.push({ rawName, name: names.decode(rawName), flags: u16(b, at + 8), method: u16(b, at + 10), ...sizes });
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  return entries;
}

/** The synchronous inflate of Node's zlib, where the platform offers one without an import (Node 20.16+). */
interface SyncInflate {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}
const nodeZlib = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.("node:zlib") as SyncInflate | undefined;

/**
 * Inflates raw deflate data, stopping as soon as it would exceed `max` bytes (null then): with Node's zlib where
 * there is one (a command starts 40 ms sooner than with web streams), else the platform's DecompressionStream.
 */
async function inflateRaw(data: Uint8Array, max: number): Promise<Uint8Array | null> {
  if (nodeZlib) {
    try {
      return nodeZlib.inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
      throw e;
    }
  }
  const reader = new Blob([data as unknown as ArrayBuffer])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Whether this JavaScript can inflate by itself (browsers since 2023, Node 20). */
export function canUnpack(): boolean {
  return nodeZlib !== undefined || (typeof DecompressionStream === "function" && typeof Blob === "function");
}

/** An .xlsx's zip, opened: the names of its parts, each inflated only when asked for. */
export interface OpenZip {
  readonly names: readonly string[];
  /** The part's content (a leading "/" and the case of the name do not matter), or null when there is none. */
  read(name: string): Promise<Uint8Array | null>;
}

/** The directory's entries, refused beyond WORKBOOK_LIMITS (declared sizes, before anything is inflated) or when encrypted. */
function checkedEntries(b: Uint8Array): Entry[] {
  const entries = entriesOf(b);
  const declared = entries.reduce((s, e) => s + e.size, 0);
  if (declared > WORKBOOK_LIMITS.unpackedBytes) {
    throw tooLarge(
      refusalWords("overUnpacked", { size: sizeText(declared), limit: sizeText(WORKBOOK_LIMITS.unpackedBytes) }),
    );
  }
  if (entries.some((e) => e.flags & 1)) {
    throw UnreadableWorkbook.because("passwordProtected");
  }
  return entries;
}

/**
 * Opens a zip within WORKBOOK_LIMITS: the declared sizes are checked before anything is inflated, and each
 * part is inflated only up to its declared size, so a part that lies about its size is caught at once.
 */
export function openZip(b: Uint8Array): OpenZip {
  const entries = checkedEntries(b);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, "").toLowerCase(), e]));
  return {
    names: entries.map((e) => e.name.replace(/^\//, "")),
    read: async (name) => {
      const e = byName.get(name.replace(/^\//, "").toLowerCase());
      return e ? contentOf(b, e) : null;
    },
  };
}

/** One part's bytes, inflated and checked against the size the directory declares. */
async function contentOf(b: Uint8Array, e: Entry): Promise<Uint8Array> {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== LOCAL) throw damaged(refusalWords("partMisplaced", { part: e.name }));
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (start + e.compressedSize > b.length) throw damaged(refusalWords("partCutShort", { part: e.name }));
  const data = b.subarray(start, start + e.compressedSize);
  let content: Uint8Array | null;
  if (e.method === 0) content = data.slice();
  else if (e.method === 8) {
    try {
      content = await inflateRaw(data, e.size);
    } catch {
      throw damaged(refusalWords("partNotInflated", { part: e.name }));
    }
  } else throw damaged(refusalWords("partMethod", { part: e.name, method: e.method }));
  if (content === null || content.length !== e.size) throw damaged(refusalWords("partSize", { part: e.name }));
  return content;
}

/** Unpacks every part of a zip within WORKBOOK_LIMITS (see openZip). */
export async function unpackZip(b: Uint8Array): Promise<ZipPart[]> {
  const parts: ZipPart[] = [];
  for (const e of checkedEntries(b))
    parts.push({ rawName: e.rawName, name: e.name, flags: e.flags, content: await contentOf(b, e) });
  return parts;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Raw deflate through the platform's CompressionStream (Node 20, browsers since 2023); null where there is none. */
async function deflateRaw(data: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream !== "function") return null;
  const stream = new Blob([data as unknown as ArrayBuffer]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Packs parts into a zip, each deflated where that makes it smaller and the platform can (stored otherwise). */
export async function packZip(parts: readonly ZipPart[]): Promise<Uint8Array> {
  const packed: { part: ZipPart; crc: number; data: Uint8Array; method: number }[] = [];
  for (const part of parts) {
    const deflated = part.content.length > 64 ? await deflateRaw(part.content) : null;
    const smaller = deflated !== null && deflated.length < part.content.length;
    packed.push({ part, crc: crc32(part.content), data: smaller ? deflated : part.content, method: smaller ? 8 : 0 });
  }
  const size = packed.reduce((s, p) => s + 30 + p.part.rawName.length + p.data.length + 46 + p.part.rawName.length, 22);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const { part, crc, data, method } of packed) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, part.flags & 0x800, true);
    view.setUint16(at + 8, method, true);
    view.setUint32(at + 14, crc, true);
    view.setUint32(at + 18, data.length, true);
    view.setUint32(at + 22, part.content.length, true);
    view.setUint16(at + 26, part.rawName.length, true);
    out.set(part.rawName, at + 30);
    out.set(data, at + 30 + part.rawName.length);
    at += 30 + part.rawName.length + data.length;
  }
  const centralStart = at;
  packed.forEach(({ part, crc, data, method }, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, part.flags & 0x800, true);
    view.setUint16(at + 10, method, true);
    view.setUint32(at + 16, crc, true);
    view.setUint32(at + 20, data.length, true);
    view.setUint32(at + 24, part.content.length, true);
    view.setUint16(at + 28, part.rawName.length, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(part.rawName, at + 46);
    at += 46 + part.rawName.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, packed.length, true);
  view.setUint16(at + 10, packed.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
