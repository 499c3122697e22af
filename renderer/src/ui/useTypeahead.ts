import { useEffect, useRef, useState } from 'react';
import { messageOf } from './message-of';

/**
 * Results for what is being typed: asked for after a short pause, once the text is long enough;
 * answers to older text are dropped.
 */
export function useTypeahead<T>(query: string, minLength: number, lookup: (query: string) => Promise<T[]>): { results: T[]; error: string | null } {
  const [results, setResults] = useState<T[]>([]);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(lookup);
  useEffect(() => {
    latest.current = lookup;
  });
  const long = query.trim().length >= minLength;
  useEffect(() => {
    if (!long) return;
    let current = true;
    const timer = setTimeout(() => {
      latest
        .current(query)
        .then((found) => current && (setResults(found), setError(null)))
        .catch((e: unknown) => current && setError(messageOf(e)));
    }, 130);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, long]);
  return { results: long ? results : [], error: long ? error : null };
}
