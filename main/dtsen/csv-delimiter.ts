import type { Delimiter } from './table';

/** On a tie the earlier wins: `;` is what Excel writes on Indonesian Windows, `|` what DTKS-era downloads use. */
const CANDIDATES: readonly Delimiter[] = [';', '|', '\t', ','];

export interface DelimiterGuess {
  /** null when the header line holds none of the candidates. */
  delimiter: Delimiter | null;
  /** The header line ended within the text: more text would not change the guess. */
  complete: boolean;
}

/**
 * Picks the delimiter from the header line, the first line with something besides delimiters and spaces: the
 * candidate that occurs most often there outside quotes (a quoted header cell may hold commas or line breaks).
 */
export function guessDelimiter(text: string): DelimiterGuess {
  const counts = new Map<string, number>();
  let quoted = false;
  let content = false;
  for (const ch of text) {
    if (ch === '"') {
      quoted = !quoted;
      content = true;
    } else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') {
      if (content) return { delimiter: mostFrequent(counts), complete: true };
      counts.clear();
    } else if ((CANDIDATES as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    else if (ch !== ' ') content = true;
  }
  return { delimiter: content ? mostFrequent(counts) : null, complete: false };
}

function mostFrequent(counts: ReadonlyMap<string, number>): Delimiter | null {
  let best: Delimiter | null = null;
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (best === null ? 0 : (counts.get(best) ?? 0))) best = candidate;
  }
  return best;
}
