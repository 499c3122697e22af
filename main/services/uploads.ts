import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { workDirIn } from '../app/temp-files';
import { SealedScratch } from '../package/sealed-scratch';
import { AppError } from './app-error';

/** Largest piece one call may carry: every request stays small, whatever the file's size. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;

interface Upload {
  dir: string;
  file: SealedScratch;
}

/**
 * Files the UI sends to the services in pieces (a package to verify), sealed under a key only this process
 * holds (main/package/sealed-scratch.ts) into a private scratch folder of the data folder as they arrive: an
 * unencrypted package full of NIKs never lies on disk in plaintext, not even after a crash. A context owns its uploads; each is removed once used, or when the context
 * closes, or at the next start if the process died.
 */
export class Uploads {
  private readonly open = new Map<string, Upload>();

  begin(dataDir: string): { uploadId: string } {
    const dir = workDirIn(dataDir);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const uploadId = randomUUID();
    this.open.set(uploadId, { dir, file: new SealedScratch(join(dir, 'unggahan.tersegel')) });
    return { uploadId };
  }

  append(uploadId: string, chunkBase64: string): { size: number } {
    const upload = this.get(uploadId);
    const bytes = Buffer.from(chunkBase64, 'base64');
    if (bytes.length > UPLOAD_CHUNK_BYTES) throw new AppError('INVALID_INPUT', 'Potongan unggahan terlalu besar (paling besar 4 MB)', 'chunkBase64');
    if (upload.file.size + bytes.length > MAX_UPLOAD_BYTES) {
      void this.discard(uploadId);
      throw new AppError('INVALID_INPUT', 'Berkas yang diunggah lebih besar dari 4 GiB', 'chunkBase64');
    }
    upload.file.append(bytes);
    return { size: upload.file.size };
  }

  /** Hands the finished (sealed) file to `use`, then removes it whatever happens. */
  async consume<T>(uploadId: string, use: (file: SealedScratch) => Promise<T>): Promise<T> {
    return this.consumeAll([uploadId], ([file]) => use(file as SealedScratch));
  }

  /** The same for several uploads at once (every id is checked before any is used). */
  async consumeAll<T>(uploadIds: readonly string[], use: (files: SealedScratch[]) => Promise<T>): Promise<T> {
    const uploads = uploadIds.map((id) => this.get(id));
    for (const id of uploadIds) this.open.delete(id);
    try {
      for (const upload of uploads) upload.file.endAppending();
      return await use(uploads.map((u) => u.file));
    } finally {
      for (const upload of uploads) {
        await upload.file.dispose();
        rmSync(upload.dir, { recursive: true, force: true });
      }
    }
  }

  /** Lends the finished (sealed) file to `use` and keeps it for a later `consume` (a preview, then the import). */
  async peek<T>(uploadId: string, use: (file: SealedScratch) => Promise<T>): Promise<T> {
    const upload = this.get(uploadId);
    upload.file.endAppending();
    return use(upload.file);
  }

  /** Removes an upload never used; a file lent to a preview is closed first (its handle would otherwise leak). */
  async discard(uploadId: string): Promise<void> {
    const upload = this.open.get(uploadId);
    this.open.delete(uploadId);
    if (!upload) return;
    await upload.file.dispose();
    rmSync(upload.dir, { recursive: true, force: true });
  }

  async discardAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.discard(id)));
  }

  private get(uploadId: string): Upload {
    const upload = this.open.get(uploadId);
    if (!upload) throw new AppError('NOT_FOUND', 'Unggahan tidak ditemukan atau sudah dipakai; pilih berkasnya lagi');
    return upload;
  }
}
