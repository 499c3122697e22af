import { useCallback, useState } from 'react';
import { messageOf } from './message-of';

/** One action at a time behind a button: `busy` while it runs, `failure` holds its error until the next run. */
export function useBusyAction(): { busy: boolean; failure: string | null; act: (action: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const act = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, failure, act };
}
