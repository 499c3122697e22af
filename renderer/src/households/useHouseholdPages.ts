import { useCallback, useEffect, useRef, useState } from 'react';
import type { HouseholdRow } from '../../../shared/household/schema';
import { call } from '../api/client';
import { messageOf } from '../ui/message-of';

const PAGE = 100;

interface Pages {
  total: number | null;
  rowAt: (index: number) => HouseholdRow | undefined;
  /** Asks for the pages covering [start, end]; rows appear as they arrive. */
  load: (start: number, end: number) => void;
  error: string | null;
}

interface Loaded {
  query: string;
  total: number;
  version: number;
}

/** Search results fetched a page at a time, for a list that only renders what is on screen. */
export function useHouseholdPages(query: string): Pages {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cache = useRef({ query, rows: new Map<number, HouseholdRow>(), requested: new Set<number>() });

  const fetchPage = useCallback(
    (page: number) => {
      if (cache.current.query !== query) cache.current = { query, rows: new Map(), requested: new Set() };
      const mine = cache.current;
      if (mine.requested.has(page)) return;
      mine.requested.add(page);
      call('households.search', { query, offset: page * PAGE, limit: PAGE })
        .then((result) => {
          if (mine !== cache.current) return;
          result.rows.forEach((row, i) => mine.rows.set(page * PAGE + i, row));
          setLoaded((prev) => ({ query, total: result.total, version: (prev?.version ?? 0) + 1 }));
          setError(null);
        })
        .catch((e: unknown) => {
          if (mine !== cache.current) return;
          mine.requested.delete(page);
          setError(messageOf(e));
        });
    },
    [query],
  );

  useEffect(() => {
    fetchPage(0);
  }, [fetchPage]);

  const current = loaded?.query === query ? loaded : null;
  return {
    total: current?.total ?? null,
    rowAt: (i) => (cache.current.query === query ? cache.current.rows.get(i) : undefined),
    load: useCallback((start: number, end: number) => {
      for (let page = Math.floor(start / PAGE); page <= Math.floor(end / PAGE); page++) fetchPage(page);
    }, [fetchPage]),
    error,
  };
}
