import type { Household } from '../../../shared/household/schema';
import { missingData } from './missing-data';

/** "Data belum lengkap" on a household page, e.g. after an import: it says what is missing and blocks nothing. */
export function IncompleteNotice({ household }: { household: Household }) {
  const missing = missingData(household);
  if (missing === null) return null;
  return (
    <div className="banner banner-warn incomplete-notice" role="status" aria-label="Data belum lengkap">
      <strong>Data belum lengkap.</strong> {missing}. Lengkapi isian yang kosong pada formulir di bawah ini bila datanya sudah tersedia.
    </div>
  );
}
