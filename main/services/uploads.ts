import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { workDirIn } from '../app/temp-files';
import { AppError } from './app-error';

/** Largest piece one call may carry: every request stays small, whatever the file's size. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;

interface Upload {
  dir: string;
  path: string;
  size: number;
}

/**
 * Files the UI sends to the services in pieces (a package to verify), written to a private scratch folder of
 * the data folder as they arrive. A context owns its uploads; each is removed once used, or when the context
 * closes, or at the next start if the process died.
 */
export class Uploads {
  private readonly open = new Map<string, Upload>();

  begin(dataDir: string): { uploadId: string } {
    const dir = workDirIn(dataDir);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const uploadId = randomUUID();
    this.open.set(uploadId, { dir, path: join(dir, 'unggahan.bin'), size: 0 });
    return { uploadId };
  }

  append(uploadId: string, chunkBase64: string): { size: number } {
    const upload = this.get(uploadId);
    const bytes = Buffer.from(chunkBase64, 'base64');
    if (bytes.length > UPLOAD_CHUNK_BYTES) throw new AppError('INVALID_INPUT', 'Potongan unggahan terlalu besar (paling besar 4 MB)', 'chunkBase64');
    if (upload.size + bytes.length > MAX_UPLOAD_BYTES) {
      this.discard(uploadId);
      throw new AppError('INVALID_INPUT', 'Berkas yang diunggah lebih besar dari 4 GiB', 'chunkBase64');
    }
    appendFileSync(upload.path, bytes, { mode: 0o600 });
    upload.size += bytes.length;
    return { size: upload.size };
  }

  /** Hands the finished file to `use`, then removes it whatever happens. */
  async consume<T>(uploadId: string, use: (path: string) => Promise<T>): Promise<T> {
    const upload = this.get(uploadId);
    this.open.delete(uploadId);
    try {
      return await use(upload.path);
    } finally {
      rmSync(upload.dir, { recursive: true, force: true });
    }
  }

  discard(uploadId: string): void {
    const upload = this.open.get(uploadId);
    this.open.delete(uploadId);
    if (upload) rmSync(upload.dir, { recursive: true, force: true });
  }

  discardAll(): void {
    for (const id of [...this.open.keys()]) this.discard(id);
  }

  private get(uploadId: string): Upload {
    const upload = this.open.get(uploadId);
    if (!upload) throw new AppError('NOT_FOUND', 'Unggahan tidak ditemukan atau sudah dipakai; pilih berkasnya lagi');
    return upload;
  }
}
