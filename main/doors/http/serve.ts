import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closeContext, openContext } from '../../app/open-context';
import { startHttpDoor } from './server';

export const RENDERER_DIR = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

export interface ServeOptions {
  dataDir: string;
  port: number;
  token?: string;
  now?: () => Date;
}

/** Browser mode: opens the data folder, serves the built renderer on 127.0.0.1 and runs until SIGINT/SIGTERM. */
export async function serveBrowserMode(options: ServeOptions): Promise<number> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error('Tampilan Muskel belum dibangun. Jalankan "npm run build" atau "npm start".');
    return 2;
  }
  const ctx = openContext(options.dataDir, 'browser', options.now ? { now: options.now } : {});
  const door = await startHttpDoor(ctx, { port: options.port, staticDir: RENDERER_DIR, ...(options.token ? { token: options.token } : {}) }).catch(async (error: unknown) => {
    await closeContext(ctx);
    throw error;
  });
  console.log(`Folder data: ${ctx.dataDir}`);
  console.log(`Muskel berjalan di ${door.url}`);
  console.log('Buka alamat di atas di peramban. Tekan Ctrl+C untuk berhenti.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      void door.close().then(() => closeContext(ctx)).then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
