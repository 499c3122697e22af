import type { ApiError, ErrorCode } from '../../shared/api/result';

/** An expected failure with a stable code and a message for the user (Indonesian). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly problems?: readonly string[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApi(): ApiError {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}), ...(this.problems ? { problems: [...this.problems] } : {}) };
  }
}
