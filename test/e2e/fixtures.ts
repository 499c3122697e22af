import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXED_NOW } from '../fixtures/clock';
import { apiResult, startServer } from './server';
import type { RunningServer } from './server';

interface Muskel {
  dataDir: string;
  server: RunningServer;
  /** Stops the server and starts a new one on the same data folder. */
  restart(): Promise<RunningServer>;
}

const noop = () => undefined;

interface Starting {
  dataDir: string;
  server: Promise<RunningServer>;
}

/** A server on a new empty data folder, started once `after` has settled so that two never start at once. */
function startInEmptyFolder(after: Promise<unknown>): Starting {
  const dataDir = mkdtempSync(join(tmpdir(), 'muskel-e2e-'));
  const server = after.then(noop, noop).then(() => startServer(dataDir)).then(async (running) => {
    // The first village search loads the Kemendagri list; reading it now keeps that wait out of the test.
    try {
      await apiResult(running, 'region.searchVillages', { query: 'dinoyo', limit: 1 });
    } catch (error) {
      await running.stop();
      throw error;
    }
    return running;
  });
  // Nobody may be waiting for it yet; a failure surfaces when the next test takes it.
  void server.catch(noop);
  return { dataDir, server };
}

/**
 * Starting a server takes longer than many tests do, so each worker keeps the next one starting (on its own
 * empty data folder) while the current test runs.
 */
interface ServerSupply {
  take(): Starting;
}

export const test = base.extend<{ muskel: Muskel }, { serverSupply: ServerSupply }>({
  // Playwright reads fixture dependencies from the destructuring pattern, so an empty one is required here.
  // eslint-disable-next-line no-empty-pattern
  serverSupply: [async ({}, use) => {
    let next = startInEmptyFolder(Promise.resolve());
    await use({
      take() {
        const taken = next;
        next = startInEmptyFolder(taken.server);
        return taken;
      },
    });
    const unused = await next.server.catch(() => null);
    await unused?.stop();
    rmSync(next.dataDir, { recursive: true, force: true });
  }, { scope: 'worker' }],
  // The page shares the server's fixed clock: "today" in a form is the day the services think it is.
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await use(page);
  },
  muskel: async ({ serverSupply }, use) => {
    const { dataDir, server } = serverSupply.take();
    const muskel: Muskel = {
      dataDir,
      server: await server,
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
