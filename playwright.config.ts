import { defineConfig } from '@playwright/test';

/** E2E tests drive Debian's Chromium against the loopback HTTP door; Playwright's own browser download is never used. */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/setup/cli-bundle.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    // Where the offices are, whatever zone the machine running the tests is in: times on screen are Malang's.
    timezoneId: 'Asia/Jakarta',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
});
