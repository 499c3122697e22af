import { describe, expect, it } from 'vitest';
import { isSentBack } from '../../../../shared/inbox/city-proposals';

describe('isSentBack', () => {
  it('sends back what Dinsos returned, whatever its kind', () => {
    for (const kind of ['BARU', 'SANGGAHAN', 'PENONAKTIFAN'] as const) expect(isSentBack('DIKEMBALIKAN', kind)).toBe(true);
  });

  it('sends back a proposal for aid found not eligible, but upholds an objection or a deactivation found so', () => {
    expect(isSentBack('GROUNDCHECK_TIDAK_LAYAK', 'BARU')).toBe(true);
    expect(isSentBack('GROUNDCHECK_TIDAK_LAYAK', 'USULAN_PROGRAM')).toBe(true);
    expect(isSentBack('GROUNDCHECK_TIDAK_LAYAK', 'SANGGAHAN')).toBe(false);
    expect(isSentBack('GROUNDCHECK_TIDAK_LAYAK', 'PENONAKTIFAN')).toBe(false);
  });

  it('keeps what was accepted, found eligible or is still in process', () => {
    for (const status of ['DITERIMA', 'GROUNDCHECK_LAYAK', 'DALAM_PROSES'] as const) expect(isSentBack(status, 'BARU')).toBe(false);
  });
});
