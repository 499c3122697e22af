import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTable } from '../../../../main/dtsen/read-table';
import { scratch, writeLargeCsv } from '../../../fixtures/dtsen/files';
import type { Scratch } from '../../../fixtures/dtsen/files';

const ROWS = 200_000;
let files: Scratch;
let path: string;

beforeAll(async () => {
  files = scratch();
  path = `${files.dir}/besar.csv`;
  await writeLargeCsv(path, ROWS);
});
afterAll(() => files.cleanup());

describe('openTable on a large CSV', () => {
  it('streams 200,000 rows: they arrive while the file is still being read, and memory stays bounded', { timeout: 60_000 }, async () => {
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const table = await openTable(path);
    expect(table.size).toBeGreaterThan(20 * 1024 * 1024);
    let count = 0;
    let last = 0;
    let readAtRow1000 = 0;
    for await (const row of table.rows) {
      count++;
      last = row.row;
      if (count === 1000) readAtRow1000 = table.bytesRead();
      if (count % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      if (count % 1000 === 1) expect(row.cells[5]).toBe('JL. MAWAR NO. 1\r\nBELAKANG MASJID');
    }
    expect(count).toBe(ROWS);
    // One record per row, header included: the quoted line breaks do not shift the numbers.
    expect(last).toBe(ROWS + 1);
    expect(readAtRow1000).toBeGreaterThan(0);
    expect(readAtRow1000).toBeLessThan(table.size / 100);
    expect(table.bytesRead()).toBe(table.size);
    // Measured: a few MB whatever the row count; the margin is for the garbage collector's timing.
    expect(peak - baseline, 'RSS growth in bytes').toBeLessThan(64 * 1024 * 1024);
  });
});
