import '../../app/thread-pool';
import { BrowserWindow, app, dialog, ipcMain, session, shell } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHANNELS } from '../../../shared/api/contract';
import { dispatchToFolder } from '../../api/dispatch';
import { resolveDataDir } from '../../app/data-dir';
import { DataFolder } from '../../vault/data-folder';
import { electronKeyStore } from './electron-key-store';
import { ElectronPdf } from './electron-pdf';
import { isAppPage, isMapLink } from './trust';

app.setName('Muskel');
const { values } = parseArgs({ args: process.argv.slice(1), options: { 'data-dir': { type: 'string' } }, strict: false, allowPositionals: true });
const dataDirFlag = typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined;

const RENDERER_URL = process.env.ELECTRON_RENDERER_URL;
const RENDERER_FILE = join(import.meta.dirname, '..', 'renderer', 'index.html');

/** The dev server is trusted only while developing; a packaged app loads its own file and nothing else. */
const DEV_SERVER_URL = RENDERER_URL && !app.isPackaged ? RENDERER_URL : undefined;

/** Only our own page, in its top frame, may call the services. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppPage(frame.url, DEV_SERVER_URL);
}

/** Quitting while a package is being made asks first; the answer "wait" keeps the app open. */
function mayQuit(folder: DataFolder, window: BrowserWindow | null): boolean {
  if ((folder.context()?.jobs.runningCount() ?? 0) === 0) return true;
  const options = {
    type: 'warning' as const,
    title: 'Paket sedang dibuat',
    message: 'Paket usulan untuk Dinsos sedang dibuat.',
    detail: 'Bila Muskel ditutup sekarang, pembuatan paket dibatalkan dan tidak ada paket yang ditulis.',
    buttons: ['Tunggu sampai selesai', 'Batalkan dan tutup'],
    defaultId: 0,
    cancelId: 0,
  };
  return (window ? dialog.showMessageBoxSync(window, options) : dialog.showMessageBoxSync(options)) === 1;
}

function createWindow(folder: DataFolder): BrowserWindow {
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
      devTools: !app.isPackaged,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (!shuttingDown && !mayQuit(folder, window)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isMapLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!(DEV_SERVER_URL && isAppPage(url, DEV_SERVER_URL))) event.preventDefault();
  });
  if (DEV_SERVER_URL) void window.loadURL(DEV_SERVER_URL);
  else void window.loadFile(RENDERER_FILE);
  return window;
}

let shuttingDown = false;
let closed = false;

/** Exports are cancelled and cleaned up before the database closes; only then does the app quit. */
async function shutDown(folder: DataFolder): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  await folder.close();
  closed = true;
  app.quit();
}

// One window per computer user: a second start hands over to the first instead of opening the data folder twice.
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();

void app.whenReady().then(async () => {
  if (!primary) return;
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  const folder = new DataFolder(resolveDataDir(dataDirFlag, () => app.getPath('userData')), 'electron', { pdf: new ElectronPdf(), osKeyStore: electronKeyStore });
  // Where the operator chose it, the OS key store opens the folder before the window shows; else the lock screen asks.
  await folder.unlockWithOsKeyStore();
  for (const channel of CHANNELS) {
    ipcMain.handle(`muskel:${channel}`, (event, input: unknown) => {
      if (!trustedSender(event)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Permintaan ditolak: bukan dari jendela Muskel' } };
      }
      return dispatchToFolder(folder, channel, input);
    });
  }
  const window = createWindow(folder);
  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => void shutDown(folder));
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (shuttingDown || mayQuit(folder, window)) void shutDown(folder);
  });
});
