import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';
import type { Entry, RandomAccessReader, ZipFile } from 'yauzl';
import { SAFE_SEGMENT } from './bagit';
import type { BagView, FileDigests } from './bagit';
import type { Problem } from '../../shared/package/verdict-schema';

export const ZIP_LIMITS = { maxEntries: 20_000, maxEntryBytes: 200 * 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 * 1024, maxRatio: 200 };

/** A zip on disk as it is, one read through a reader (a sealed scratch file), or a small one held in memory. */
export type ZipSource = { path: string } | { reader: RandomAccessReader; size: number } | { bytes: Buffer };

const OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: false };

function open(source: ZipSource): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const opened = (err: Error | null, zip: ZipFile) => {
      if (err) reject(err);
      else resolve(zip);
    };
    if ('path' in source) yauzl.open(source.path, OPTIONS, opened);
    else if ('bytes' in source) yauzl.fromBuffer(source.bytes, OPTIONS, opened);
    else yauzl.fromRandomAccessReader(source.reader, source.size, OPTIONS, opened);
  });
}

function readEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > ZIP_LIMITS.maxEntries) reject(new Error('too many entries'));
      else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function entryName(entry: Entry): string {
  return Buffer.isBuffer(entry.fileName) ? entry.fileName.toString('utf8') : entry.fileName;
}

/** Checks every entry before anything is written: no escapes, no links, no duplicates, no bombs. */
function inspect(entries: readonly Entry[]): { problems: Problem[]; top: string | null } {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const tops = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const name = entryName(entry);
    const shown = JSON.stringify(name.slice(0, 120));
    const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) problems.push({ code: 'ZIP_ABSOLUTE_PATH', message: `Isi zip ${shown} memakai jalur absolut` });
    else if (name.split(/[/\\]/).includes('..')) problems.push({ code: 'ZIP_SLIP', message: `Isi zip ${shown} mencoba keluar dari folder tujuan (../)` });
    else if (name.includes('\\')) problems.push({ code: 'ZIP_BACKSLASH', message: `Isi zip ${shown} memakai garis miring terbalik` });
    else if (!name.replace(/\/$/, '').split('/').every((s) => SAFE_SEGMENT.test(s))) {
      problems.push({ code: 'ZIP_UNSAFE_NAME', message: `Nama ${shown} memuat karakter yang tidak diizinkan (hanya huruf, angka, - _ .)` });
    }
    if (mode === 0o120000) problems.push({ code: 'ZIP_SYMLINK', message: `Isi zip ${shown} adalah tautan simbolik (symlink)` });
    const key = name.toLowerCase();
    if (seen.has(key)) problems.push({ code: 'ZIP_DUPLICATE', message: `Nama ${shown} muncul lebih dari sekali di dalam zip` });
    seen.add(key);
    tops.add(name.split('/')[0] ?? '');
    total += entry.uncompressedSize;
    const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 0;
    if (entry.uncompressedSize > ZIP_LIMITS.maxEntryBytes || (entry.uncompressedSize > 1024 * 1024 && ratio > ZIP_LIMITS.maxRatio)) {
      problems.push({ code: 'ZIP_BOMB', message: `Isi zip ${shown} mengembang menjadi ${entry.uncompressedSize} byte (rasio ${Math.round(ratio)}:1): ditolak sebagai bom zip` });
    }
  }
  if (total > ZIP_LIMITS.maxTotalBytes) problems.push({ code: 'ZIP_BOMB', message: `Isi zip seluruhnya ${total} byte, melebihi batas` });
  if (tops.size !== 1) problems.push({ code: 'BAG_TOP_FOLDER', message: `Zip harus berisi tepat satu folder di tingkat atas, ditemukan ${tops.size}` });
  return { problems, top: tops.size === 1 ? ([...tops][0] ?? null) : null };
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) reject(err);
      else resolve(stream);
    });
  });
}

async function digestEntry(zip: ZipFile, entry: Entry): Promise<FileDigests> {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  let size = 0;
  for await (const chunk of (await openEntry(zip, entry)) as AsyncIterable<Buffer>) {
    size += chunk.length;
    sha256.update(chunk);
    sha512.update(chunk);
  }
  return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex'), size };
}

export interface ZipBag {
  problems: Problem[];
  /** The single top folder's name. */
  top: string | null;
  /** The files inside the top folder; null unless the whole zip passed inspection and every entry was read. */
  bag: BagView | null;
}

/**
 * Reads the bag inside a zip without unpacking it: every entry is checked before anything is read (no escapes,
 * no links, no duplicates, no bombs), then each file is streamed once to take its digests; files are read
 * again, from the zip, only when asked for. `use` runs while the zip is open.
 */
export async function withZipBag<T>(source: ZipSource, use: (zipBag: ZipBag) => Promise<T>): Promise<T> {
  let zip: ZipFile;
  try {
    zip = await open(source);
  } catch (error) {
    return use({ problems: [{ code: 'ZIP_CORRUPT', message: `Berkas zip rusak atau terpotong (${error instanceof Error ? error.message : String(error)})` }], top: null, bag: null });
  }
  try {
    let entries: Entry[];
    try {
      entries = await readEntries(zip);
    } catch (error) {
      const message = error instanceof Error && error.message === 'too many entries' ? `Zip berisi lebih dari ${ZIP_LIMITS.maxEntries} berkas` : `Daftar isi zip rusak (${error instanceof Error ? error.message : String(error)})`;
      return await use({ problems: [{ code: 'ZIP_CORRUPT', message }], top: null, bag: null });
    }
    const inspected = inspect(entries);
    if (inspected.problems.length > 0 || inspected.top === null) return await use({ ...inspected, bag: null });
    const prefix = `${inspected.top}/`;
    const files = new Map<string, { entry: Entry; digests: FileDigests }>();
    for (const entry of entries) {
      const name = entryName(entry);
      if (name.endsWith('/') || !name.startsWith(prefix)) continue;
      try {
        files.set(name.slice(prefix.length), { entry, digests: await digestEntry(zip, entry) });
      } catch (error) {
        return await use({ problems: [{ code: 'ZIP_CORRUPT', message: `Isi zip ${JSON.stringify(name)} tidak dapat dibaca (${error instanceof Error ? error.message : String(error)})` }], top: null, bag: null });
      }
    }
    const bag: BagView = {
      files: new Map([...files].map(([path, f]) => [path, f.digests])),
      read: async (path) => {
        const file = files.get(path);
        if (!file) throw new Error(`${path} is not in the zip`);
        return buffer(await openEntry(zip, file.entry));
      },
    };
    return await use({ ...inspected, bag });
  } finally {
    zip.close();
  }
}
