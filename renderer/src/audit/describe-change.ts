import { ERASED_PERSONAL_DATA } from '../../../shared/audit/schema';
import type { AuditEntry } from '../../../shared/audit/schema';
import { formatDate } from '../../../shared/format/date';
import { GROUNDCHECK_RESULTS } from '../../../shared/groundcheck/schema';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import { DECISIONS, EVIDENCE_KINDS, MEETING_STATUSES, PROPOSAL_KINDS, PROPOSAL_PROGRAMS } from '../../../shared/meeting/options';

const LABELS: Record<string, string> = {
  decision: 'keputusan', note: 'catatan', groundcheck: 'groundcheck', desil: 'desil', address: 'alamat', rt: 'RT', rw: 'RW',
  programs: 'program', present: 'hadir', name: 'nama', place: 'tempat', date: 'tanggal', reason: 'alasan', kind: 'jenis', status: 'status',
  noKk: 'No. KK', fileName: 'nama berkas', file_name: 'nama berkas',
  tanggapanDinsos: 'tanggapan Dinsos', catatan: 'catatan Dinsos', berkas: 'berkas', kunciDinsos: 'kunci publik Dinsos',
  officer: 'petugas', plannedDate: 'rencana kunjungan', caption: 'judul foto', result: 'hasil', recommendedDesil: 'desil disarankan',
  notes: 'catatan pemeriksaan', checkedAt: 'tanggal kunjungan', dinsosStatus: 'tanggapan Dinsos', dinsosNote: 'catatan Dinsos',
};

/** What a created or deleted record is summarised by, in this order. */
const SUMMARY_KEYS = ['name', 'noKk', 'kind', 'decision', 'note', 'fileName', 'file_name', 'caption', 'officer', 'plannedDate', 'tanggapanDinsos', 'catatan', 'berkas', 'kunciDinsos'];

/**
 * Fields an edit never names: lists shown elsewhere, ids, who recorded it when (the entry's own columns), and the
 * proposal a Dinsos status is about (it is shown only in that proposal's own history).
 */
const UNNAMED = new Set(['members', 'housing', 'proposalId', 'assignedAt', 'assignedBy', 'recordedAt', 'recordedBy', 'usulan']);
const DATE_KEYS = new Set(['plannedDate', 'checkedAt']);

/** The words for the codes a field holds, where the entry records codes. */
function codeLabels(entity: AuditEntry['entity'], key: string): Readonly<Record<string, string>> {
  if (key === 'decision') return DECISIONS.labels;
  if (key === 'kind') return entity === 'LAMPIRAN' ? EVIDENCE_KINDS.labels : PROPOSAL_KINDS.labels;
  if (key === 'programs') return PROPOSAL_PROGRAMS.labels;
  if (key === 'result') return GROUNDCHECK_RESULTS.labels;
  // Dinsos' statuses are written as labels when an answer is opened, as codes when a proposal is carried on.
  return DINSOS_STATUSES.labels;
}

function show(v: unknown, labels: Readonly<Record<string, string>>): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v)) return v.map((x) => show(x, labels)).join(', ') || '–';
  if (typeof v === 'string') return Object.hasOwn(labels, v) ? (labels[v] ?? v) : v;
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  if (typeof v === 'number') return String(v);
  return '…';
}

/** One field's value in words: codes by their labels, a calendar date written out. */
function showField(entity: AuditEntry['entity'], key: string, v: unknown): string {
  if (DATE_KEYS.has(key) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
  return show(v, codeLabels(entity, key));
}

/** A groundcheck decision keeps its result as one record inside the entry: its fields are named one by one, first. */
function flatten(record: Record<string, unknown>): Record<string, unknown> {
  const { result, ...rest } = record;
  if (result === null) return rest;
  return result && typeof result === 'object' && !Array.isArray(result) ? { ...(result as Record<string, unknown>), ...rest } : record;
}

/** The fields that changed between before and after, in words; whole records are summarised. */
export function describeChange(entry: AuditEntry): string {
  const { before, after } = entry;
  if (typeof before === 'string' || typeof after === 'string') {
    const labels = entry.entity === 'MUSYAWARAH' ? MEETING_STATUSES.labels : DINSOS_STATUSES.labels;
    return `${show(before, labels)} → ${show(after, labels)}`;
  }
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const b = flatten(before as Record<string, unknown>);
    const a = flatten(after as Record<string, unknown>);
    const changed = Object.keys(a).filter((k) => !UNNAMED.has(k) && a[k] !== ERASED_PERSONAL_DATA && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    // A field the entry did not record before is shown by its new value alone: what it was is not known.
    const parts = changed.map((k) => (k in b ? `${LABELS[k] ?? k}: ${showField(entry.entity, k, b[k])} → ${showField(entry.entity, k, a[k])}` : `${LABELS[k] ?? k}: ${showField(entry.entity, k, a[k])}`));
    // The household was deleted and its key destroyed: what its personal fields said is no longer known.
    if (Object.values(a).includes(ERASED_PERSONAL_DATA)) parts.push(ERASED_PERSONAL_DATA);
    return parts.length === 0 ? 'Tidak ada perubahan pada isian utama' : parts.join('; ');
  }
  const record = (after ?? before) as Record<string, unknown> | null;
  if (!record) return '';
  const parts = SUMMARY_KEYS.filter((k) => record[k] !== undefined && record[k] !== '').map((k) => `${LABELS[k] ?? k}: ${showField(entry.entity, k, record[k])}`);
  if (record.carriedFrom !== undefined && record.carriedFrom !== null) parts.unshift('dibawa dari musyawarah sebelumnya');
  return parts.join('; ');
}
