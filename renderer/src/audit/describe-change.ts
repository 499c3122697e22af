import { ERASED_PERSONAL_DATA } from '../../../shared/audit/schema';
import type { AuditEntry } from '../../../shared/audit/schema';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';

const LABELS: Record<string, string> = {
  decision: 'keputusan', note: 'catatan', groundcheck: 'groundcheck', desil: 'desil', address: 'alamat', rt: 'RT', rw: 'RW',
  programs: 'program', present: 'hadir', name: 'nama', place: 'tempat', date: 'tanggal', reason: 'alasan', kind: 'jenis', status: 'status',
  usulan: 'usulan', noKk: 'No. KK', fileName: 'nama berkas', file_name: 'nama berkas',
  tanggapanDinsos: 'tanggapan Dinsos', catatan: 'catatan Dinsos', berkas: 'berkas', kunciDinsos: 'kunci publik Dinsos',
};

/** What a created or deleted record is summarised by, in this order. */
const SUMMARY_KEYS = ['name', 'noKk', 'kind', 'decision', 'note', 'fileName', 'file_name', 'tanggapanDinsos', 'catatan', 'berkas', 'kunciDinsos'];

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v)) return v.map(show).join(', ') || '–';
  if (typeof v === 'string') {
    // Dinsos' statuses are written as labels when an answer is opened, as codes when a proposal is carried on.
    const status = DINSOS_STATUSES.codes.find((c) => c === v);
    return status ? DINSOS_STATUSES.labels[status] : v;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
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
    // A field the entry did not record before is shown by its new value alone: what it was is not known.
    const parts = changed.map((k) => (k in b ? `${LABELS[k] ?? k}: ${show(b[k])} → ${show(a[k])}` : `${LABELS[k] ?? k}: ${show(a[k])}`));
    // The household was deleted and its key destroyed: what its personal fields said is no longer known.
    if (Object.values(a).includes(ERASED_PERSONAL_DATA)) parts.push(ERASED_PERSONAL_DATA);
    return parts.length === 0 ? 'Tidak ada perubahan pada isian utama' : parts.join('; ');
  }
  const record = (after ?? before) as Record<string, unknown> | null;
  if (!record) return '';
  const parts = SUMMARY_KEYS.filter((k) => record[k] !== undefined && record[k] !== '').map((k) => `${LABELS[k] ?? k}: ${show(record[k])}`);
  if (record.carriedFrom !== undefined && record.carriedFrom !== null) parts.unshift('dibawa dari musyawarah sebelumnya');
  return parts.join('; ');
}
