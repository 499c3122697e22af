import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = load(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', '..', 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('flips the fuses that close the packaged binary to other uses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs into an ASAR, with the native SQLite module unpacked beside it', () => {
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**/*.node');
  });
});
