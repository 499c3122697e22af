const PREFIX = 'Tanggapan Dinsos ditolak: ';

/**
 * The problems of a refused answer, which the service joins with "; " after its prefix; null for any other failure.
 * Some problems carry "; " themselves ("…(dibuat …); tanggapan lama tidak dapat menimpanya"), so a piece that opens
 * with a lowercase word that is not a file name (data/…, bagit.txt) continues the previous problem.
 */
export function refusalProblems(message: string): string[] | null {
  if (!message.startsWith(PREFIX)) return null;
  const problems: string[] = [];
  for (const piece of message.slice(PREFIX.length).split('; ')) {
    const last = problems.pop();
    const firstWord = piece.split(' ')[0] ?? '';
    if (last === undefined) problems.push(piece);
    else if (/^[a-z]/.test(piece) && !/[/.]/.test(firstWord)) problems.push(`${last}; ${piece}`);
    else problems.push(last, piece);
  }
  return problems;
}
