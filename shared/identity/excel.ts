/**
 * Spreadsheets turn 16-digit numbers into floats: "3.57301E+15", "3573051204900000"
 * (15 significant digits, the rest zeros) or "3573051204900001.0". Such values
 * cannot be repaired, only refused.
 */
const SCIENTIFIC = /^\s*\d+([.,]\d+)?[eE][+-]?\d+\s*$/;
const DECIMAL_TAIL = /^\s*\d{15,16}[.,]0+\s*$/;

export function looksMangledByExcel(raw: string): boolean {
  return SCIENTIFIC.test(raw) || DECIMAL_TAIL.test(raw);
}

export const EXCEL_MESSAGE =
  'tampaknya dirusak oleh Excel (angka diubah menjadi notasi ilmiah atau digit terakhir hilang). Ketik ulang dari dokumen aslinya; format kolom sebagai Teks.';
