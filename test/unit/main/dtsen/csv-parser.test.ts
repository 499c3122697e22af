import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, CsvSyntaxError, MAX_RECORD_CHARS } from '../../../../main/dtsen/csv-parser';
import type { CsvRecord } from '../../../../main/dtsen/csv-parser';

function parse(pieces: readonly string[], delimiter = ';'): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  const out: CsvRecord[] = [];
  for (const piece of pieces) parser.feed(piece, out);
  parser.end(out);
  return out;
}

function syntaxError(text: string): CsvSyntaxError {
  try {
    parse([text]);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error('no syntax error');
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

describe('CsvParser', () => {
  it('reads LF, CRLF and lone CR line ends alike, with or without a last line end', () => {
    for (const text of ['a;b\nc;d\n', 'a;b\r\nc;d\r\n', 'a;b\rc;d\r', 'a;b\nc;d']) {
      expect(parse([text]).map((r) => r.cells)).toEqual([
        ['a', 'b'],
        ['c', 'd'],
      ]);
    }
  });

  it('numbers records as rows and also gives the physical line each starts on', () => {
    const records = parse(['H1;H2\n"x\r\ny\nz";1\n\n"p""q";"r;s"\nlast;2']);
    expect(records.map(({ row, line, cells }) => [row, line, cells])).toEqual([
      [1, 1, ['H1', 'H2']],
      [2, 2, ['x\r\ny\nz', '1']],
      [3, 5, ['']],
      [4, 6, ['p"q', 'r;s']],
      [5, 7, ['last', '2']],
    ]);
  });

  it('reads quotes as Excel does: text after a closing quote stays in the cell, a quote inside a bare cell is text', () => {
    expect(parse(['"ab"cd;e"f;""\n']).map((r) => r.cells)).toEqual([['abcd', 'e"f', '']]);
  });

  it('keeps empty cells, including after a trailing delimiter', () => {
    expect(parse([';a;;\n']).map((r) => r.cells)).toEqual([['', 'a', '', '']]);
  });

  it('refuses a quote left open at the end, naming the row and line where it opened', () => {
    const error = syntaxError('h\n"a\nb";"c""d"\n"never closed\nmore\n');
    expect([error.kind, error.row, error.line]).toEqual(['UNCLOSED_QUOTE', 3, 4]);
  });

  it('refuses a record that outgrows the limit instead of holding the rest of the file', () => {
    const error = syntaxError(`h\nok\n"${'x'.repeat(MAX_RECORD_CHARS + 1)}`);
    expect([error.kind, error.row]).toEqual(['RECORD_TOO_LONG', 3]);
  });

  it('gives the same records however the text is cut into pieces', () => {
    const text = 'NIK;NAMA\r\n1;"A;\r\nB"\r\n\r\n2;"C ""D"""\r3;E\n"F"\r\n';
    const whole = parse([text]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
        const pieces = points.slice(1).map((end, i) => text.slice(points[i], end));
        expect(parse(pieces)).toEqual(whole);
      }),
    );
  });

  it('gives the same records or the same error for any text, whole or in pieces', () => {
    const outcome = (pieces: readonly string[]) => {
      try {
        return parse(pieces);
      } catch (error) {
        return error instanceof CsvSyntaxError ? [error.kind, error.row, error.line] : error;
      }
    };
    const text = fc.string({ unit: fc.constantFrom('a', ';', '"', '\r', '\n', '\r\n'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 7 }), (whole, size) => {
        const pieces = Array.from({ length: Math.ceil(whole.length / size) }, (_, i) => whole.slice(i * size, (i + 1) * size));
        expect(outcome(pieces)).toEqual(outcome([whole]));
      }),
    );
  });

  it('reads back any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ';', '"', '\n', '\r', 'é', '’') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (table) => {
        const text = table.map((cells) => cells.map(quote).join(';')).join('\r\n');
        expect(parse([text]).map((r) => r.cells)).toEqual(table);
      }),
    );
  });
});
