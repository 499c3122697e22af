import type { Household, Member } from '../../../shared/household/schema';

/** Member fields a DTSEN extract does not carry, as the notice names them. */
const MEMBER_FIELDS: readonly (readonly [keyof Member, string])[] = [
  ['birthPlace', 'tempat lahir'],
  ['birthDate', 'tanggal lahir'],
  ['maritalStatus', 'status perkawinan'],
  ['education', 'pendidikan'],
  ['occupation', 'pekerjaan'],
  ['disability', 'disabilitas'],
];

const listed = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} dan ${words.slice(-1).join('')}`);

/**
 * What a registered household still lacks, fields missing for the same number of members named together:
 * "Pendidikan dan pekerjaan belum diisi untuk 3 anggota; data rumah belum diisi". Null when nothing is missing.
 */
export function missingData(household: Household): string | null {
  const fieldsByCount = new Map<number, string[]>();
  for (const [field, label] of MEMBER_FIELDS) {
    const count = household.members.filter((m) => m[field] === null).length;
    if (count > 0) fieldsByCount.set(count, [...(fieldsByCount.get(count) ?? []), label]);
  }
  const parts = [...fieldsByCount].map(([count, labels]) => `${listed(labels)} belum diisi untuk ${count} anggota`);
  const { assets: _assets, ...housing } = household.housing;
  if (Object.values(housing).every((v) => v === null)) parts.push('data rumah belum diisi');
  const text = parts.join('; ');
  return text === '' ? null : text.charAt(0).toUpperCase() + text.slice(1);
}
