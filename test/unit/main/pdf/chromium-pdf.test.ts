import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChromiumPdf } from '../../../../main/pdf/chromium-pdf';
import { pageSizesMm } from '../../../fixtures/pdf-pages';
import { chromiumChildrenOf, isAlive } from '../../../fixtures/processes/tree';

const HTML = '<!doctype html><meta charset="utf-8"><p>Berita acara</p>';
const FOOTER = { footerTemplate: '<div></div>', paper: 'A4' } as const;
const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

let pdf: ChromiumPdf | null = null;
afterEach(async () => {
  await pdf?.close();
  pdf = null;
});

describe.runIf(process.platform === 'linux')('PDF through Chromium', () => {
  it('prints on the paper it is given when the document names no size', async () => {
    pdf = new ChromiumPdf();
    const dir = mkdtempSync(join(tmpdir(), 'muskel-pdf-'));
    try {
      const file = join(dir, 'f4.pdf');
      writeFileSync(file, await pdf.render(HTML, { ...FOOTER, paper: 'F4' }));
      expect(pageSizesMm(file)).toEqual(['215×330']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('starts Chromium again when it died between two PDFs', async () => {
    pdf = new ChromiumPdf();
    expect(isPdf(await pdf.render(HTML, FOOTER))).toBe(true);
    const [browser] = chromiumChildrenOf(process.pid);
    expect(browser).toBeDefined();
    process.kill(browser ?? 0, 'SIGKILL');
    await vi.waitFor(() => expect(isAlive(browser ?? 0)).toBe(false));
    expect(isPdf(await pdf.render(HTML, FOOTER))).toBe(true);
    expect(chromiumChildrenOf(process.pid)).not.toContain(browser);
  }, 60_000);

  it('closes Chromium when idle and starts it again on demand', async () => {
    pdf = new ChromiumPdf(200);
    expect(isPdf(await pdf.render(HTML, FOOTER))).toBe(true);
    expect(chromiumChildrenOf(process.pid)).toHaveLength(1);
    await vi.waitFor(() => expect(chromiumChildrenOf(process.pid)).toEqual([]), { timeout: 20_000 });
    expect(isPdf(await pdf.render(HTML, FOOTER))).toBe(true);
  }, 60_000);

  it('leaves no Chromium behind when its process is killed with SIGKILL', async () => {
    const holder = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', '..', 'fixtures', 'processes', 'pdf-holder.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout.on('data', (c: Buffer) => c.toString().includes('siap') && resolve()));
    const browsers = chromiumChildrenOf(holder.pid ?? 0);
    expect(browsers).toHaveLength(1);
    holder.kill('SIGKILL');
    await vi.waitFor(() => expect(browsers.filter(isAlive)).toEqual([]), { timeout: 20_000 });
  }, 60_000);
});
