/** A code from a package shown by its label when it is one of ours; anything else as it came. */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? code;
}
