import { z } from 'zod';

const TYPES: Record<string, string> = {
  string: 'teks', number: 'angka', int: 'bilangan bulat', bigint: 'angka', boolean: 'ya/tidak', object: 'data berstruktur', array: 'daftar',
  null: 'kosong', undefined: 'tidak diisi', nan: 'bukan angka', date: 'tanggal', function: 'fungsi', symbol: 'simbol',
};

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

const typeName = (type: string) => TYPES[type] ?? 'nilai lain';

/**
 * Indonesian for the refusals zod words itself, where a schema gives no message of its own. zod's bundled
 * Indonesian locale leaves type names in English ("diharapkan string, diterima undefined"); these do not.
 */
function indonesian(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'wajib diisi' : `harus berupa ${typeName(issue.expected)}, bukan ${typeName(typeOf(issue.input))}`;
    case 'too_big':
      if (issue.origin === 'string') return `paling panjang ${String(issue.maximum)} karakter`;
      if (issue.origin === 'array') return `paling banyak ${String(issue.maximum)} butir`;
      return `paling besar ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'wajib diisi' : `paling sedikit ${String(issue.minimum)} karakter`;
      if (issue.origin === 'array') return `paling sedikit ${String(issue.minimum)} butir`;
      return `paling kecil ${String(issue.minimum)}`;
    case 'invalid_value':
      return `harus salah satu dari: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return 'bentuk isian tidak dikenali';
    case 'unrecognized_keys':
      return `isian tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'formatnya tidak sesuai';
    case 'not_multiple_of':
      return `harus kelipatan ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

z.config(z.locales.id());
z.config({ customError: indonesian });
