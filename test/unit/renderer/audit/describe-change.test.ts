import { describe, expect, it } from 'vitest';
import { ERASED_PERSONAL_DATA } from '../../../../shared/audit/schema';
import type { AuditEntry } from '../../../../shared/audit/schema';
import { describeChange } from '../../../../renderer/src/audit/describe-change';

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 1, at: '2026-11-28T02:00:00.000Z', operator: 'Operator Uji', action: 'UBAH', entity: 'KELUARGA', entityId: 1, before: null, after: null, ...overrides,
});
const ERASED = ERASED_PERSONAL_DATA;

describe('describeChange', () => {
  it('names the changed fields of an edit', () => {
    expect(describeChange(entry({ before: { address: 'Jl. Kenanga 7', desil: 2 }, after: { address: 'Jl. Melati 9', desil: 4 } }))).toBe('alamat: Jl. Kenanga 7 → Jl. Melati 9; desil: 2 → 4');
  });

  it('says personal data was erased instead of hiding that an erased field changed', () => {
    const erasedEdit = entry({ before: { noKk: ERASED, address: ERASED, members: ERASED, desil: 2 }, after: { noKk: ERASED, address: ERASED, members: ERASED, desil: 4 } });
    expect(describeChange(erasedEdit)).toBe(`desil: 2 → 4; ${ERASED}`);
    const onlyErased = entry({ before: { address: ERASED, desil: 2 }, after: { address: ERASED, desil: 2 } });
    expect(describeChange(onlyErased)).toBe(ERASED);
  });

  it('shows the erased marker in a created or deleted record', () => {
    expect(describeChange(entry({ action: 'HAPUS', before: { noKk: ERASED, address: ERASED, rt: 3 } }))).toBe(`No. KK: ${ERASED}`);
    expect(describeChange(entry({ action: 'BUAT', entity: 'LAMPIRAN', after: { kind: 'KTP', file_name: ERASED } }))).toBe(`jenis: KTP; nama berkas: ${ERASED}`);
  });
});
