/** RT 3, RW 5 -> "003/005", as the KK and the SIKS-NG sheets write it. */
export function formatRtRw(rt: number, rw: number): string {
  return `${String(rt).padStart(3, '0')}/${String(rw).padStart(3, '0')}`;
}
