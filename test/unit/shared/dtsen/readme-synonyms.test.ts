import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_SYNONYMS, IMPORT_FIELDS } from '../../../../shared/dtsen/columns';

describe('the README', () => {
  it('prints every header the import recognises, on its field\'s row', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
    for (const field of IMPORT_FIELDS) {
      const row = readme.split('\n').find((line) => line.startsWith('| ') && line.includes(`\`${field}\``));
      expect(row, field).toBeDefined();
      for (const header of HEADER_SYNONYMS[field]) expect(row?.split('|')[2]?.split(/[,;]\s*/).map((h) => h.trim()), `${field}: ${header}`).toContain(header);
    }
  });
});
