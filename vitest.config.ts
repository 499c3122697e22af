import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Vitest's default is one worker less than the cores: one worker on a 2-core machine, idle while a test waits
    // on the processes it spawns.
    maxWorkers: 2,
    setupFiles: ['test/setup/test-kdf.ts'],
    globalSetup: ['test/setup/cli-bundle.ts'],
  },
});
