/**
 * The key id inside a minisign `.pub` file (the same hex the services and the berita acara show), read from the key
 * itself rather than its comment, which anyone may edit. Null when the text is not a minisign public key; the
 * services check the file properly when it is trusted.
 */
export function pubKeyId(text: string): string | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const line = lines[0]?.startsWith('untrusted comment:') ? lines[1] : lines[0];
  if (line === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(line)) return null;
  let raw: string;
  try {
    raw = atob(line);
  } catch {
    return null;
  }
  if (raw.length !== 42 || !raw.startsWith('Ed')) return null;
  return Array.from(raw.slice(2, 10))
    .reverse()
    .map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
