/**
 * Strips what may be personal data from an error text before it is logged: runs of six or more digits
 * (NIK, No. KK, phone numbers) and anything quoted (names and values that parsers and SQLite echo back).
 */
export function redact(text: string): string {
  return text
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`/g, '"…"')
    .replace(/\d{6,}/g, '[angka]');
}

/** The stack's frames only: its first lines repeat the message, which may carry data. */
export function stackFrames(error: Error): string[] {
  return (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 15).map((line) => redact(line.trim()));
}
