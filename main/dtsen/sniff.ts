import { AppError } from '../services/app-error';
import { badFile } from './table';
import type { TableBytes } from './table-bytes';

const HEAD_BYTES = 64 * 1024;

export interface FileHead {
  format: 'CSV' | 'XLSX';
  size: number;
}

/** Looks only at the file's first bytes: which reader fits, or why none does. */
export async function sniff(bytes: TableBytes): Promise<FileHead> {
  let head: Buffer;
  let size: number;
  try {
    ({ head, size } = await bytes.head(HEAD_BYTES));
  } catch (error) {
    throw unreadable(error, bytes.name);
  }
  return { format: formatOf(head, bytes.name), size };
}

function unreadable(error: unknown, name: string): AppError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return new AppError('NOT_FOUND', `Berkas ${name} tidak ditemukan.`);
  if (code === 'EISDIR') return badFile(`${name} adalah folder, bukan berkas CSV atau XLSX.`);
  return badFile(`Berkas ${name} tidak dapat dibuka${code ? ` (${code})` : ''}.`);
}

function startsWith(head: Buffer, bytes: readonly number[]): boolean {
  return bytes.every((byte, i) => head[i] === byte);
}

function formatOf(head: Buffer, name: string): 'CSV' | 'XLSX' {
  if (head.length === 0) throw badFile(`Berkas ${name} kosong: tidak ada baris judul kolom.`);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'XLSX';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw badFile(
      `Berkas ${name} berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai Buku Kerja Excel (.xlsx) atau CSV.`,
    );
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw badFile(`Berkas ${name} tersimpan sebagai teks Unicode (UTF-16). Simpan ulang dari Excel sebagai CSV UTF-8, lalu impor kembali.`);
  }
  if (head.includes(0)) throw badFile(`Berkas ${name} bukan tabel CSV/teks maupun XLSX.`);
  if (/^(\xef\xbb\xbf)?\s*</.test(head.toString('latin1', 0, 256))) {
    throw badFile(
      `Berkas ${name} berisi halaman web atau XML (sering terjadi pada unduhan .xls dari aplikasi web), bukan tabel CSV atau XLSX. Buka di Excel lalu simpan sebagai .xlsx atau CSV.`,
    );
  }
  return 'CSV';
}
