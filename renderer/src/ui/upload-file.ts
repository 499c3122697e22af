import { call } from '../api/client';
import { bytesToBase64 } from './file-to-base64';

/** The contract's piece size: each call carries at most 4 MB, so a large package never sits whole in memory. */
const CHUNK = 4 * 1024 * 1024;

/** Sends a chosen file to the services piece by piece; answers the upload's id for the call that uses it. */
export async function uploadFile(file: File, onProgress: (sent: number, total: number) => void = () => undefined): Promise<string> {
  const { uploadId } = await call('uploads.begin', {});
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const piece = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    await call('uploads.append', { uploadId, chunkBase64: bytesToBase64(piece) });
    onProgress(Math.min(file.size, offset + CHUNK), file.size);
  }
  return uploadId;
}
