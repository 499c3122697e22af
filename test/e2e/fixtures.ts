import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXED_NOW } from '../fixtures/clock';
import { startServer } from './server';
import type { RunningServer } from './server';

interface Muskel {
  dataDir: string;
  server: RunningServer;
  /** Stops the server and starts a new one on the same data folder. */
  restart(): Promise<RunningServer>;
}

export const test = base.extend<{ muskel: Muskel }>({
  // The page shares the server's fixed clock: "today" in a form is the day the services think it is.
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await use(page);
  },
  // Playwright reads fixture dependencies from the destructuring pattern, so an empty one is required here.
  // eslint-disable-next-line no-empty-pattern
  muskel: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'muskel-e2e-'));
    const muskel: Muskel = {
      dataDir,
      server: await startServer(dataDir),
      async restart() {
        await muskel.server.stop();
        muskel.server = await startServer(dataDir);
        return muskel.server;
      },
    };
    await use(muskel);
    await muskel.server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
