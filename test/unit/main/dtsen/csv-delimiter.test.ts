import { describe, expect, it } from 'vitest';
import { guessDelimiter } from '../../../../main/dtsen/csv-delimiter';

describe('guessDelimiter', () => {
  it.each([
    ['NIK;NAMA;ALAMAT\n1,5;2;3', ';'],
    ['NIK,NAMA,ALAMAT\r\n', ','],
    ['iddtks|nama|alamat\n', '|'],
    ['NIK\tNAMA, LENGKAP\tALAMAT\n', '\t'],
    ['"NAMA; LENGKAP","ALAMAT; RT/RW",NIK\n', ','],
    ['"NAMA\n;;;;",NIK\n', ','],
    ['\r\n;;;\r\n  \nNIK|NAMA\n', '|'],
    ['A;B,C\n', ';'],
    ['A,B|C\n', '|'],
  ])('%j -> %j', (text, delimiter) => {
    expect(guessDelimiter(text)).toEqual({ delimiter, complete: true });
  });

  it('says when the header line is not complete yet, and when it has no delimiter', () => {
    expect(guessDelimiter('NIK;NAMA;ALA')).toEqual({ delimiter: ';', complete: false });
    expect(guessDelimiter('NIK NAMA\n1 2\n')).toEqual({ delimiter: null, complete: true });
    expect(guessDelimiter('\n\n')).toEqual({ delimiter: null, complete: false });
  });
});
