import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Entry, ZipFile } from 'yauzl';
import { AppError } from '../services/app-error';
import { badFile, throwIfCancelled } from './table';
import type { TableBytes } from './table-bytes';
import { chooseSheet, partPath, worksheetParts } from './xlsx-sheets';
import type { Relationship, WorkbookSheet } from './xlsx-sheets';

/** Text cells live in one shared table that must be held in memory; beyond this the file is refused. */
export const MAX_SHARED_STRINGS_BYTES = 200 * 1024 * 1024;

/**
 * The parts of exceljs' streaming WorkbookReader (4.4) used here; its typings leave them out. Its public
 * `parse()` reads the zip front to back and, when a worksheet comes before the shared strings (as Excel and
 * exceljs itself write them), copies the sheet unpacked into a temp file, i.e. the residents' data in plaintext
 * outside the data folder. Fed part by part from yauzl's random access instead, it needs no temp file.
 */
interface ReaderInternals {
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseRels(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ value: ExcelJS.stream.xlsx.WorksheetReader }, void>;
  model?: { sheets?: WorkbookSheet[] };
  workbookRels?: Relationship[];
  sharedStrings?: unknown[];
  properties?: { model?: { date1904?: boolean } };
}

export interface OpenedSheet {
  sheet: string;
  sheets: string[];
  rows: AsyncIterable<ExcelJS.Row>;
  /** The workbook counts days from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  /** The share of the sheet's XML unpacked so far, 0..1. */
  progress(): number;
  close(): void;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** Opens an XLSX and its sheet `wanted` (or the first visible worksheet), ready to stream its rows. */
export async function openSheet(bytes: TableBytes, wanted: string | undefined, signal: AbortSignal | undefined): Promise<OpenedSheet> {
  const { name } = bytes;
  let zip: ZipFile;
  try {
    zip = await bytes.zip({ lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    throw broken(name, error);
  }
  try {
    return await sheetOf(zip, name, wanted, signal);
  } catch (error) {
    zip.close();
    throw error instanceof AppError ? error : broken(name, error);
  }
}

export function broken(name: string, error: unknown): AppError {
  return badFile(`Berkas ${name} bukan XLSX yang utuh: berkas rusak atau terpotong (${error instanceof Error ? error.message : String(error)}).`);
}

async function sheetOf(zip: ZipFile, name: string, wanted: string | undefined, signal: AbortSignal | undefined): Promise<OpenedSheet> {
  const entries = new Map<string, Entry>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  const workbook = entries.get(WORKBOOK);
  const rels = entries.get(WORKBOOK_RELS);
  if (!workbook || !rels) throw badFile(`Berkas ${name} adalah arsip zip, bukan buku kerja Excel (.xlsx).`);

  // Decoded here, as text: exceljs decodes each chunk on its own, which garbles a character cut between two.
  const checked = (stream: Readable, onBytes: (bytes: number) => void = () => undefined) =>
    (async function* guard(): AsyncGenerator<string> {
      const decoder = new TextDecoder('utf-8');
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        throwIfCancelled(signal, name);
        onBytes(chunk.length);
        yield decoder.decode(chunk, { stream: true });
      }
      yield decoder.decode();
    })();
  const read = async (entry: Entry): Promise<Readable> => Readable.from(checked(await zip.openReadStreamPromise(entry)));

  // Its own input is left empty: every part is fed to it from the zip.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(Readable.from([]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const internals = reader as unknown as ReaderInternals;
  await internals._parseWorkbook(await read(workbook));
  await internals._parseRels(await read(rels));
  const relations = internals.workbookRels ?? [];
  const worksheets = worksheetParts(internals.model?.sheets ?? [], relations);
  const chosen = chooseSheet(worksheets, wanted, name);
  const sheetEntry = entries.get(chosen.path);
  if (!sheetEntry) throw badFile(`Berkas ${name} rusak: isi lembar "${chosen.name}" tidak ada di dalam berkas.`);

  throwIfCancelled(signal, name);
  const partOf = (type: string) => {
    const relation = relations.find((r) => r.Type.endsWith(`/${type}`));
    return relation ? entries.get(partPath(relation.Target)) : undefined;
  };
  const styles = partOf('styles');
  if (styles) await internals._parseStyles(await read(styles));
  const sharedStrings = partOf('sharedStrings');
  if (sharedStrings && sharedStrings.uncompressedSize > MAX_SHARED_STRINGS_BYTES) {
    throw badFile(
      `Berkas ${name} terlalu besar untuk dibaca sebagai XLSX (teks selnya ${Math.round(sharedStrings.uncompressedSize / 1024 / 1024)} MB). Simpan lembar "${chosen.name}" sebagai CSV UTF-8, lalu impor berkas CSV-nya.`,
    );
  }
  // Cached into internals.sharedStrings; a workbook without any text cell may lack the part altogether.
  if (sharedStrings) await drain(internals._parseSharedStrings(await read(sharedStrings)));
  else internals.sharedStrings = [];

  throwIfCancelled(signal, name);
  const stream = await zip.openReadStreamPromise(sheetEntry);
  let unpacked = 0;
  const sheetReader = internals._parseWorksheet(checked(stream, (bytes) => (unpacked += bytes)), String(chosen.id)).next().value;
  if (!sheetReader) throw new Error('exceljs did not return a worksheet reader');
  return {
    sheet: chosen.name,
    sheets: worksheets.map((w) => w.name),
    rows: sheetReader.value,
    date1904: internals.properties?.model?.date1904 === true,
    progress: () => unpacked / Math.max(1, sheetEntry.uncompressedSize),
    close: () => {
      stream.destroy();
      zip.close();
    },
  };
}

async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
  const iterator = iterable[Symbol.asyncIterator]();
  while (!(await iterator.next()).done);
}
