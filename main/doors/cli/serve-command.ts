import { parseArgs } from 'node:util';
import { resolveDataDir } from '../../app/data-dir';
import { serveBrowserMode } from '../http/serve';
import type { CliCommand } from './cli-command';

export const serveCommand: CliCommand = {
  name: 'serve',
  usage: 'muskel serve [--port N] [--data-dir DIR]',
  summary: 'Menjalankan Muskel dalam mode peramban (hanya dari komputer ini, 127.0.0.1)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { port: { type: 'string', default: '0' }, 'data-dir': { type: 'string' }, token: { type: 'string' } },
    });
    const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : -1;
    if (port < 0 || port > 65535) {
      console.error(`--port harus angka 0-65535, bukan "${values.port}"`);
      return 2;
    }
    return serveBrowserMode({ dataDir: resolveDataDir(values['data-dir']), port, ...(values.token ? { token: values.token } : {}) });
  },
};
