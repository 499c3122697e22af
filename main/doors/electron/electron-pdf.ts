import { BrowserWindow } from 'electron';
import type { PdfPort } from '../../services/pdf-port';

/** Desktop app: the same HTML printed by Electron's own Chromium in a hidden, script-less window. */
export class ElectronPdf implements PdfPort {
  async render(html: string, options: { footerTemplate: string }): Promise<Buffer> {
    const window = new BrowserWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    try {
      window.webContents.session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*'] }, (_details, callback) => callback({ cancel: true }));
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
      return await window.webContents.printToPDF({
        pageSize: 'A4',
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
