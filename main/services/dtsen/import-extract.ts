import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnMapping, ImportResult } from '../../../shared/dtsen/import-result';
import { ColumnMappingSchema } from '../../../shared/dtsen/import-result';
import { automaticBackup } from '../../backup/backup-folder';
import { selectKelurahanCode } from '../../db/backup-queries';
import { importRecordToDb } from '../../db/dtsen-mapping';
import { insertImportRecord, rememberMapping, selectRememberedMapping, withNameIndexFilledAfter } from '../../db/dtsen-queries';
import { countHouseholds } from '../../db/household-queries';
import { attachStaging, detachStaging } from '../../db/dtsen-staging-queries';
import { workDirIn } from '../../app/temp-files';
import { ensureDir } from '../../app/ensure-dir';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/write-transaction';
import { record, requireOperator } from '../audit';
import type { ServiceContext } from '../context';
import { applyDesilUpdate } from './apply-desil';
import { applyRegister } from './apply-register';
import type { ImportTally } from './import-run';
import { readExtract } from './read-extract';
import type { ExtractRead } from './read-extract';
import { sha256Of } from '../file-source';
import type { FileSource } from '../file-source';

export interface ImportRequest {
  source: FileSource;
  /** The file's own name, as the operator knows it: in messages and the import record. */
  fileName: string;
  sheet?: string;
  /** Columns mapped by hand; they win over a mapping remembered for the same headers, and are remembered in turn. */
  mapping: ColumnMapping;
  dryRun: boolean;
  skipInvalid: boolean;
  signal?: AbortSignal;
  progress?: (step: string, done: number, total: number) => void;
}

/** Files with the same headers, in the same order, share a remembered mapping. */
export const headersKey = (headers: readonly string[]) => createHash('sha256').update(JSON.stringify(headers)).digest('hex');

export function rememberedMapping(db: Db, headers: readonly string[]): ColumnMapping {
  const stored = selectRememberedMapping(db, headersKey(headers));
  const parsed = stored === null ? null : ColumnMappingSchema.safeParse(JSON.parse(stored));
  return parsed?.success ? parsed.data : {};
}

/** Thrown to roll the transaction back (a dry run, or errors) while keeping what it found. */
class Rollback extends Error {
  constructor(readonly result: ImportResult) {
    super('rolled back');
  }
}

function resultOf(request: ImportRequest, sha256: string, read: ExtractRead, tally: ImportTally | null, written: boolean): ImportResult {
  return {
    fileName: request.fileName,
    sha256,
    shape: read.shape,
    rows: read.rows,
    dryRun: request.dryRun,
    written,
    families: tally?.counts.families ?? { new: 0, changed: 0, unchanged: 0, missing: 0 },
    members: tally?.counts.members ?? { new: 0, changed: 0, unchanged: 0 },
    skippedFamilies: tally?.skippedFamilies ?? 0,
    errors: read.errors.list(),
    warnings: tally?.warnings.list() ?? [],
    errorCount: read.errors.count,
    warningCount: tally?.warnings.count ?? 0,
    changed: tally?.changed ?? [],
  };
}

/**
 * Imports a DTSEN extract or a desil update in one transaction: any error and nothing is written (unless
 * `skipInvalid`, which leaves out each family with a bad row whole). A dry run does everything but commit, so
 * it reports exactly what the import would do. Before writing, the folder is backed up.
 */
export async function importExtract(ctx: ServiceContext, request: ImportRequest): Promise<ImportResult> {
  const operator = requireOperator(ctx);
  // The SHA-256 is read beside the rows, not before them. Its promise never rejects: it is awaited however the import ends.
  const fingerprint = sha256Of(request.source).then((sha256) => ({ sha256 }), (error: unknown) => ({ error }));
  const staging = stagingFile(ctx);
  const removeStaging = () => {
    if (staging.dir) rmSync(staging.dir, { recursive: true, force: true });
  };
  try {
    attachStaging(ctx.db, staging.file, staging.file === ':memory:' ? null : ctx.dataKey);
  } catch (error) {
    removeStaging();
    throw error;
  }
  try {
    const read = await readExtract(ctx, request.source, {
      name: request.fileName,
      sheet: request.sheet,
      mapping: (headers) => ({ ...rememberedMapping(ctx.db, headers), ...request.mapping }),
      signal: request.signal,
      progress: (done, total) => request.progress?.('Membaca berkas', done, total),
    });
    const fingerprinted = await fingerprint;
    if ('error' in fingerprinted) throw fingerprinted.error;
    const { sha256 } = fingerprinted;
    if (read.match.missing.length > 0 || read.match.duplicates.length > 0) return resultOf(request, sha256, read, null, false);
    const badRows = read.errors.count;
    if (!request.dryRun && (badRows === 0 || request.skipInvalid) && countHouseholds(ctx.db) > 0) {
      request.progress?.('Mencadangkan data', 0, 1);
      await automaticBackup(ctx, 'SEBELUM_PERUBAHAN_MASSAL');
    }
    request.progress?.('Menyimpan', 0, 1);
    return applyOnce(ctx, request, { sha256, read, badRows, operator });
  } finally {
    await fingerprint;
    detachStaging(ctx.db);
    removeStaging();
  }
}

/** The staging database's file, created private in a work folder of its own (removed after a crash, see clearInterruptedWork). */
function stagingFile(ctx: ServiceContext): { file: string; dir: string | null } {
  if (ctx.dataDir === ':memory:') return { file: ':memory:', dir: null };
  const dir = workDirIn(ctx.dataDir);
  ensureDir(dir);
  const file = join(dir, 'impor.sqlite');
  writeFileSync(file, '', { mode: 0o600 });
  return { file, dir };
}

/** The one transaction that changes the register, rolled back for a dry run or on errors (unless skipped). */
function applyOnce(ctx: ServiceContext, request: ImportRequest, found: { sha256: string; read: ExtractRead; badRows: number; operator: string }): ImportResult {
  const { sha256, read } = found;
  try {
    return writeTransaction(ctx.db, () => {
      const tally = read.shape === 'REGISTER'
        ? withNameIndexFilledAfter(ctx.db, () => applyRegister(ctx, read, selectKelurahanCode(ctx.db) ?? ''))
        : applyDesilUpdate(ctx, read);
      const keep = !request.dryRun && (tally.errors.count === 0 || request.skipInvalid);
      const result = resultOf(request, sha256, read, tally, keep);
      if (!keep) throw new Rollback(result);
      const at = ctx.now().toISOString();
      const importId = insertImportRecord(ctx.db, importRecordToDb({
        fileName: request.fileName, sha256, shape: read.shape, rows: read.rows, skippedRows: found.badRows, counts: tally.counts, operator: found.operator, at,
      }));
      if (Object.keys(request.mapping).length > 0) rememberMapping(ctx.db, headersKey(read.headers), JSON.stringify(request.mapping), at);
      record(ctx, {
        action: 'BUAT', entity: 'IMPOR_DTSEN', entityId: importId,
        after: { berkas: request.fileName, sha256, baris: read.rows, keluarga: tally.counts.families, anggota: tally.counts.members, dilewati: tally.skippedFamilies },
      });
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}
