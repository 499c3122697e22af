/** What the search box asked for, decided from the shape of the text. */
export type SearchQuery =
  | { kind: 'all' }
  | { kind: 'number'; prefix: string }
  | { kind: 'rtrw'; rt: number | null; rw: number | null }
  | { kind: 'name'; words: string[] };

const RT_RW = /^(?:rt\.?\s*)?0*(\d{1,3})\s*(?:\/\s*(?:rw\.?\s*)?|rw\.?\s*|\s+)0*(\d{1,3})$/i;
const RT_ONLY = /^rt\.?\s*0*(\d{1,3})$/i;
const RW_ONLY = /^rw\.?\s*0*(\d{1,3})$/i;

export function parseSearchQuery(raw: string): SearchQuery {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'all' };
  if (/^\d{1,16}$/.test(text)) return { kind: 'number', prefix: text };
  const both = RT_RW.exec(text);
  if (both) return { kind: 'rtrw', rt: Number(both[1]), rw: Number(both[2]) };
  const rt = RT_ONLY.exec(text);
  if (rt) return { kind: 'rtrw', rt: Number(rt[1]), rw: null };
  const rw = RW_ONLY.exec(text);
  if (rw) return { kind: 'rtrw', rt: null, rw: Number(rw[1]) };
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 6);
  return words.length === 0 ? { kind: 'all' } : { kind: 'name', words };
}
