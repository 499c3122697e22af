import { useCallback, useState } from 'react';
import { ApiFailure } from '../api/client';
import { messageOf } from './message-of';

/** Shows a refusal that names one field at that field; false when it is not a field shown there. */
export type FieldFailureHandler = (field: string, message: string) => boolean;

export interface BusyAction {
  busy: boolean;
  /** The last run's failure, for the ErrorBanner; cleared when the next run starts. */
  failure: string | null;
  /** The last failure's reasons, when the service gave a list of them (a refused file). */
  problems: readonly string[] | null;
  /** Runs the action and answers whether it succeeded; a refusal naming a field `atField` accepts is shown there instead. */
  act: (action: () => Promise<void>, atField?: FieldFailureHandler) => Promise<boolean>;
}

/** The one way to run something that can fail behind a button: `busy` while it runs, its failure kept for display. */
export function useBusyAction(): BusyAction {
  const [busy, setBusy] = useState(false);
  // The failure itself: its message and any list of reasons are read from it.
  const [shown, setShown] = useState<{ error: unknown } | null>(null);
  const act = useCallback(async (action: () => Promise<void>, atField?: FieldFailureHandler) => {
    setBusy(true);
    setShown(null);
    try {
      await action();
      return true;
    } catch (e) {
      const shownAtField = e instanceof ApiFailure && e.field !== undefined && atField?.(e.field, e.message) === true;
      if (!shownAtField) setShown({ error: e });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const failure = shown === null ? null : messageOf(shown.error);
  const problems = shown?.error instanceof ApiFailure ? (shown.error.problems ?? null) : null;
  return { busy, failure, problems, act };
}
