import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { SAFE_SEGMENT } from './bagit';
import type { Problem } from '../../shared/package/verdict-schema';

export const ZIP_LIMITS = { maxEntries: 20_000, maxEntryBytes: 200 * 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 * 1024, maxRatio: 200 };

function open(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err) reject(err);
      else resolve(zip);
    });
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

function extract(zip: ZipFile, entry: Entry, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      mkdir(dirname(target), { recursive: true })
        .then(() => pipeline(stream, createWriteStream(target, { flags: 'wx' })))
        .then(resolve, reject);
    });
  });
}

/** Unpacks into `dest` only when the whole zip passes inspection; returns the single top folder name. */
export async function safeUnzip(path: string, dest: string): Promise<{ problems: Problem[]; top: string | null }> {
  let zip: ZipFile;
  try {
    zip = await open(path);
  } catch (error) {
    return { problems: [{ code: 'ZIP_CORRUPT', message: `Berkas zip rusak atau terpotong (${error instanceof Error ? error.message : String(error)})` }], top: null };
  }
  try {
    let entries: Entry[];
    try {
      entries = await readEntries(zip);
    } catch (error) {
      const message = error instanceof Error && error.message === 'too many entries' ? `Zip berisi lebih dari ${ZIP_LIMITS.maxEntries} berkas` : `Daftar isi zip rusak (${error instanceof Error ? error.message : String(error)})`;
      return { problems: [{ code: 'ZIP_CORRUPT', message }], top: null };
    }
    const inspected = inspect(entries);
    if (inspected.problems.length > 0) return inspected;
    for (const entry of entries) {
      const name = entryName(entry);
      if (name.endsWith('/')) continue;
      try {
        await extract(zip, entry, join(dest, ...name.split('/')));
      } catch (error) {
        return { problems: [{ code: 'ZIP_CORRUPT', message: `Isi zip ${JSON.stringify(name)} tidak dapat dibaca (${error instanceof Error ? error.message : String(error)})` }], top: null };
      }
    }
    return inspected;
  } finally {
    zip.close();
  }
}
