/** Turns a print-ready HTML document into an A4 PDF. Electron uses printToPDF; Node uses Chromium via playwright-core. */
export interface PdfPort {
  render(html: string, options: { footerTemplate: string }): Promise<Buffer>;
  close(): Promise<void>;
}
