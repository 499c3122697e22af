export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_CONFIGURED',
  'LOCKED',
  /** The caller is not the app's own window (Electron) or lacks the access token (browser mode). */
  'UNAUTHORIZED',
  /** Another Muskel process held the data folder's write lock for longer than the busy timeout. */
  'BUSY',
  /** The data folder is still locked: the passphrase, the recovery code or the OS key store must open it first. */
  'VAULT_LOCKED',
  /** The database failed its start-up check: only a restore from a backup is offered. */
  'DAMAGED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** Indonesian, shown to the user as is. */
  message: string;
  /** Dotted path of the offending field, e.g. "members.2.nik", when one field is to blame. */
  field?: string;
  /** Every reason, one per line, when a file was refused for several (a Dinsos answer, for one). */
  problems?: string[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
