import { ERASED_PERSONAL_DATA } from '../../../shared/audit/schema';
import type { AuditEntry } from '../../../shared/audit/schema';

const LABELS: Record<string, string> = {
  decision: 'keputusan', note: 'catatan', groundcheck: 'groundcheck', desil: 'desil', address: 'alamat', rt: 'RT', rw: 'RW',
  programs: 'program', present: 'hadir', name: 'nama', place: 'tempat', date: 'tanggal', reason: 'alasan', kind: 'jenis', status: 'status',
  noKk: 'No. KK', fileName: 'nama berkas', file_name: 'nama berkas',
};

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v)) return v.map(show).join(', ') || '–';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '…';
}

/** The fields that changed between before and after, in words; whole records are summarised. */
export function describeChange(entry: AuditEntry): string {
  const { before, after } = entry;
  if (typeof before === 'string' || typeof after === 'string') return `${show(before)} → ${show(after)}`;
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    const changed = Object.keys(a).filter((k) => k !== 'members' && k !== 'housing' && a[k] !== ERASED_PERSONAL_DATA && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    const parts = changed.map((k) => `${LABELS[k] ?? k}: ${show(b[k])} → ${show(a[k])}`);
    // The household was deleted and its key destroyed: what its personal fields said is no longer known.
    if (Object.values(a).includes(ERASED_PERSONAL_DATA)) parts.push(ERASED_PERSONAL_DATA);
    return parts.length === 0 ? 'Tidak ada perubahan pada isian utama' : parts.join('; ');
  }
  const record = (after ?? before) as Record<string, unknown> | null;
  if (!record) return '';
  const parts = ['name', 'noKk', 'kind', 'decision', 'note', 'fileName', 'file_name'].filter((k) => record[k] !== undefined && record[k] !== '');
  return parts.map((k) => `${LABELS[k] ?? k}: ${show(record[k])}`).join('; ');
}
