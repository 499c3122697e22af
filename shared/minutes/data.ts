import type { Attendee, Meeting } from '../meeting/schema';
import type { ProposalView } from '../meeting/proposal-view';
import type { KindSummary } from '../meeting/summary';
import type { Settings } from '../settings/schema';

/** Everything the printed documents need, gathered once by the minutes service. */
export interface MinutesData {
  settings: Settings;
  meeting: Meeting;
  attendees: readonly Attendee[];
  proposals: readonly ProposalView[];
  byKind: readonly KindSummary[];
  /** data: URL of the kop surat logo, or null. */
  logo: string | null;
  /** Stable identifier printed on every document of this meeting. */
  meetingCode: string;
  /** Short digest of the decisions, so paper and package can be matched. */
  documentCode: string;
  /** Signing key id (minisign), once the kelurahan has a key. */
  keyId: string | null;
  /** The audit chain's head when the document was made, "N:first 16 hex of the hash" (see `muskel audit verify --expect-head`). */
  auditHead: string;
}

export type MinutesDocument = 'BERITA_ACARA' | 'DAFTAR_HADIR';
