import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppError } from '../services/app-error';
import { PAPER } from '../../shared/print/paper';
import type { PdfOptions, PdfPort } from '../services/pdf-port';

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

/** How long an unused Chromium stays up: long enough for a run of PDFs, short enough not to linger. */
const IDLE_MS = 60_000;

/**
 * Browser mode and CLI: the same HTML printed by a local Chromium. It is started on first use, started
 * again if it died, and closed after a minute without work.
 */
export class ChromiumPdf implements PdfPort {
  private browser: Promise<Browser> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private busy = 0;

  constructor(private readonly idleMs = IDLE_MS) {}

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser;
    const executablePath = findChromium();
    if (!executablePath) {
      throw new AppError('NOT_CONFIGURED', 'Chromium/Chrome tidak ditemukan untuk membuat PDF. Pasang Chromium atau isi variabel CHROMIUM_PATH.');
    }
    const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: ARGS }));
    this.browser = launching;
    launching.then(
      (browser) => browser.on('disconnected', () => this.forget(launching)),
      () => this.forget(launching),
    );
    return launching;
  }

  /** A browser that crashed, was killed or failed to start is dropped, so the next PDF starts a new one. */
  private forget(which: Promise<Browser>): void {
    if (this.browser === which) this.browser = null;
  }

  /** A browser that died since the last PDF may not have reported it yet: one fresh start is tried. */
  private async newPage() {
    const browser = await this.launch();
    try {
      return await browser.newPage({ javaScriptEnabled: false });
    } catch (error) {
      if (browser.isConnected()) throw error;
      if (this.browser) this.forget(this.browser);
      return (await this.launch()).newPage({ javaScriptEnabled: false });
    }
  }

  async render(html: string, options: PdfOptions): Promise<Buffer> {
    this.busy++;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    try {
      const page = await this.newPage();
      try {
        // Offline by construction: the document carries everything inline, nothing may be fetched.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        const { widthMm, heightMm } = PAPER[options.paper];
        return await page.pdf({
          width: `${widthMm}mm`,
          height: `${heightMm}mm`,
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<div></div>',
          footerTemplate: options.footerTemplate,
        });
      } finally {
        await page.close().catch(() => undefined);
      }
    } finally {
      this.busy--;
      if (this.busy === 0) this.idleTimer = setTimeout(() => void this.close(), this.idleMs).unref();
    }
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}
