import { BrowserWindow, app, ipcMain, session } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHANNELS } from '../../../shared/api/contract';
import { dispatch } from '../../api/dispatch';
import { resolveDataDir } from '../../app/data-dir';
import { openContext } from '../../app/open-context';
import { ElectronPdf } from './electron-pdf';

app.setName('Muskel');
const { values } = parseArgs({ args: process.argv.slice(1), options: { 'data-dir': { type: 'string' } }, strict: false, allowPositionals: true });
const dataDirFlag = typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined;

const RENDERER_URL = process.env.ELECTRON_RENDERER_URL;
const RENDERER_FILE = join(import.meta.dirname, '..', 'renderer', 'index.html');

/** Only our own page may call the services: the packaged file, or the dev server while developing. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  if (RENDERER_URL && !app.isPackaged) return url.startsWith(RENDERER_URL);
  return url.startsWith('file://') && decodeURIComponent(new URL(url).pathname).endsWith('/renderer/index.html');
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1366,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'Muskel',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!(RENDERER_URL && url.startsWith(RENDERER_URL))) event.preventDefault();
  });
  if (RENDERER_URL && !app.isPackaged) void window.loadURL(RENDERER_URL);
  else void window.loadFile(RENDERER_FILE);
}

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  const ctx = openContext(resolveDataDir(dataDirFlag, () => app.getPath('userData')), 'electron', { pdf: new ElectronPdf() });
  for (const channel of CHANNELS) {
    ipcMain.handle(`muskel:${channel}`, (event, input: unknown) => {
      if (!trustedSender(event)) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Permintaan ditolak: bukan dari jendela Muskel' } };
      }
      return dispatch(ctx, channel, input);
    });
  }
  app.on('window-all-closed', () => {
    ctx.db.close();
    app.quit();
  });
  createWindow();
});
