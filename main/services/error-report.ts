/** Where unexpected failures go: each report gets a short code the operator can quote to support. */
export interface ErrorReporter {
  /** Records the failure (never its personal data) and returns its code, e.g. "7F3A09C2". */
  report(error: unknown, where: string): string;
}

export function internalErrorMessage(code: string): string {
  return `Terjadi kesalahan di dalam aplikasi. Data tidak diubah. Coba lagi atau hubungi pengembang. Kode kesalahan: ${code}.`;
}
