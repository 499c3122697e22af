import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataFolder } from '../../vault/data-folder';
import { unlockFolder } from '../cli/unlock-folder';
import { startHttpDoor } from './server';

export const RENDERER_DIR = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

export interface ServeOptions {
  dataDir: string;
  port: number;
  token?: string;
  now?: () => Date;
}

/**
 * Browser mode: serves the built renderer on 127.0.0.1 and runs until SIGINT/SIGTERM. The folder opens with
 * MUSKEL_DB_PASSPHRASE when it is set; otherwise the browser shows the lock screen.
 */
export async function serveBrowserMode(options: ServeOptions): Promise<number> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error('Tampilan Muskel belum dibangun. Jalankan "npm run build" atau "npm start".');
    return 2;
  }
  const folder = new DataFolder(options.dataDir, 'browser', options.now ? { now: options.now } : {});
  if (process.env.MUSKEL_DB_PASSPHRASE !== undefined) await unlockFolder(folder);
  const door = await startHttpDoor(folder, { port: options.port, staticDir: RENDERER_DIR, ...(options.token ? { token: options.token } : {}) }).catch(async (error: unknown) => {
    await folder.close();
    throw error;
  });
  console.log(`Folder data: ${folder.dataDir}`);
  console.log(`Muskel berjalan di ${door.url}`);
  console.log('Buka alamat di atas di peramban. Tekan Ctrl+C untuk berhenti.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      void door.close().then(() => folder.close()).then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
