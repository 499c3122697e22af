import { BrowserWindow, session } from 'electron';
import { PAPER } from '../../../shared/print/paper';
import type { PdfOptions, PdfPort } from '../../services/pdf-port';

/** An in-memory session of its own: blocking the network here leaves the main window's session untouched. */
const PDF_PARTITION = 'muskel-pdf';
let offline = false;
const MM_PER_INCH = 25.4;

function pdfSession(): Electron.Session {
  const own = session.fromPartition(PDF_PARTITION);
  if (!offline) {
    own.webRequest.onBeforeRequest({ urls: ['*://*/*'] }, (_details, callback) => callback({ cancel: true }));
    own.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    own.setPermissionCheckHandler(() => false);
    offline = true;
  }
  return own;
}

/** Desktop app: the same HTML printed by Electron's own Chromium in a hidden, script-less window. */
export class ElectronPdf implements PdfPort {
  async render(html: string, options: PdfOptions): Promise<Buffer> {
    const window = new BrowserWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, session: pdfSession(), devTools: false, disableBlinkFeatures: 'Auxclick' },
    });
    try {
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
      const { widthMm, heightMm } = PAPER[options.paper];
      return await window.webContents.printToPDF({
        pageSize: { width: widthMm / MM_PER_INCH, height: heightMm / MM_PER_INCH },
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: options.footerTemplate,
      });
    } finally {
      window.destroy();
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
