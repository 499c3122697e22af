import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { AppError } from '../services/app-error';
import type { PdfPort } from '../services/pdf-port';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Browser mode and CLI: the same HTML printed by a local Chromium, started on first use and kept for the process. */
export class ChromiumPdf implements PdfPort {
  private browser: Promise<Browser> | null = null;

  private launch(): Promise<Browser> {
    const executablePath = findChromium();
    if (!executablePath) {
      throw new AppError('NOT_CONFIGURED', 'Chromium/Chrome tidak ditemukan untuk membuat PDF. Pasang Chromium atau isi variabel CHROMIUM_PATH.');
    }
    this.browser ??= chromium.launch({ executablePath, args: ARGS });
    return this.browser;
  }

  async render(html: string, options: { footerTemplate: string }): Promise<Buffer> {
    const browser = await this.launch();
    const page = await browser.newPage({ javaScriptEnabled: false });
    try {
      // Offline by construction: the document carries everything inline, nothing may be fetched.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: options.footerTemplate,
      });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser).close();
  }
}
