import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openContext } from '../../app/open-context';
import { resolveDataDir } from '../../app/data-dir';
import { startHttpDoor } from '../http/server';
import type { CliCommand } from './commands';

export const RENDERER_DIR = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

export const serveCommand: CliCommand = {
  name: 'serve',
  usage: 'muskel serve [--port N] [--data-dir DIR]',
  summary: 'Menjalankan Muskel dalam mode peramban (hanya dari komputer ini, 127.0.0.1)',
  mode: 'browser',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { port: { type: 'string', default: '0' }, 'data-dir': { type: 'string' }, token: { type: 'string' } },
    });
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      console.error('Tampilan Muskel belum dibangun. Jalankan "npm run build" atau "npm start".');
      return 2;
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`--port harus angka 0-65535, bukan "${values.port}"`);
      return 2;
    }
    const ctx = openContext(resolveDataDir(values['data-dir']), 'browser');
    const door = await startHttpDoor(ctx, { port, staticDir: RENDERER_DIR, ...(values.token ? { token: values.token } : {}) });
    console.log(`Folder data: ${ctx.dataDir}`);
    console.log(`Muskel berjalan di ${door.url}`);
    console.log('Buka alamat di atas di peramban. Tekan Ctrl+C untuk berhenti.');
    await new Promise<void>((resolve) => {
      const stop = () => {
        void Promise.all([door.close(), ctx.pdf.close()]).then(() => {
          ctx.db.close();
          resolve();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
