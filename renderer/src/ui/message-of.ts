/** The text to show for anything a failed call threw. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
