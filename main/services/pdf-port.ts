import type { PaperSize } from '../../shared/print/paper';

export interface PdfOptions {
  footerTemplate: string;
  /** The office's paper (settings.paperSize). A document's own `@page` size, from `pageRule`, takes precedence. */
  paper: PaperSize;
}

/** Turns a print-ready HTML document into a PDF. Electron uses printToPDF; Node uses Chromium via playwright-core. */
export interface PdfPort {
  render(html: string, options: PdfOptions): Promise<Buffer>;
  close(): Promise<void>;
}
