import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../ui/message-of';

export type Loadable<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

/** Runs the loader when `key` changes and whenever `reload` is called; stale answers are dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    let current = true;
    latest
      .current()
      .then((value) => current && setResult({ state: 'ready', value }))
      .catch((e: unknown) => current && setResult({ state: 'failed', message: messageOf(e) }));
    return () => {
      current = false;
    };
  }, [key, version]);
  return [result, useCallback(() => setVersion((v) => v + 1), [])];
}

/** A failed load's message for the ErrorBanner; null while loading or loaded. */
export function failureOf(loadable: Loadable<unknown>): string | null {
  return loadable.state === 'failed' ? loadable.message : null;
}
