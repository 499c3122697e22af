import { useState } from 'react';
import { formatCount } from '../../../shared/format/date';
import { isSentBack } from '../../../shared/inbox/city-proposals';
import type { ProposalView } from '../../../shared/meeting/proposal-view';
import { CarryDialog } from './CarryDialog';

/** On a finished meeting whose proposals Dinsos sent back: how many, and the way to discuss them again. */
export function CarryNotice({ meetingId, proposals }: { meetingId: number; proposals: readonly ProposalView[] }) {
  const [carrying, setCarrying] = useState(false);
  const returned = proposals.filter((p) => p.dinsos !== null && isSentBack(p.dinsos.status, p.kind)).length;
  if (returned === 0) return null;
  return (
    <div className="banner banner-warn carry-notice">
      <span>
        {formatCount(returned)} usulan dikembalikan Dinsos atau dinyatakan tidak layak saat groundcheck. Perbaiki atau lengkapi, lalu bahas kembali di
        musyawarah berikutnya.
      </span>
      <button type="button" onClick={() => setCarrying(true)}>Bawa ke musyawarah berikutnya…</button>
      {carrying ? <CarryDialog fromMeetingId={meetingId} returned={returned} onClose={() => setCarrying(false)} /> : null}
    </div>
  );
}
