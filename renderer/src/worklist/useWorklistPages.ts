import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorklistCounts, WorklistFilter, WorklistItem, WorklistPage } from '../../../shared/dtsen/worklist-schema';
import { call } from '../api/client';
import { messageOf } from '../ui/message-of';

const PAGE = 200;

export interface WorklistPages {
  total: number | null;
  counts: WorklistCounts | null;
  about: Pick<WorklistPage, 'today' | 'ruleSet'> | null;
  rowAt: (index: number) => WorklistItem | undefined;
  /** Asks for the pages covering [start, end]; rows appear as they arrive. */
  load: (start: number, end: number) => void;
  error: string | null;
}

interface Loaded {
  key: string;
  total: number;
  counts: WorklistCounts;
  about: Pick<WorklistPage, 'today' | 'ruleSet'>;
  version: number;
}

/**
 * The Daftar periksa fetched a page at a time for a list that renders only what is on screen.
 * `filter` is kept in state by the caller, so it changes identity only when it changes.
 */
export function useWorklistPages(filter: WorklistFilter): WorklistPages {
  const key = JSON.stringify(filter);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cache = useRef({ key, rows: new Map<number, WorklistItem>(), requested: new Set<number>() });

  const fetchPage = useCallback(
    (page: number) => {
      if (cache.current.key !== key) cache.current = { key, rows: new Map(), requested: new Set() };
      const mine = cache.current;
      if (mine.requested.has(page)) return;
      mine.requested.add(page);
      call('worklist.list', { filter, offset: page * PAGE, limit: PAGE })
        .then((result) => {
          if (mine !== cache.current) return;
          result.items.forEach((row, i) => mine.rows.set(page * PAGE + i, row));
          const about = { today: result.today, ruleSet: result.ruleSet };
          setLoaded((prev) => ({ key, total: result.total, counts: result.counts, about, version: (prev?.version ?? 0) + 1 }));
          setError(null);
        })
        .catch((e: unknown) => {
          if (mine !== cache.current) return;
          mine.requested.delete(page);
          setError(messageOf(e));
        });
    },
    [key, filter],
  );

  useEffect(() => {
    fetchPage(0);
  }, [fetchPage]);

  const current = loaded?.key === key ? loaded : null;
  return {
    total: current?.total ?? null,
    counts: current?.counts ?? null,
    about: current?.about ?? null,
    rowAt: (i) => (cache.current.key === key ? cache.current.rows.get(i) : undefined),
    load: useCallback((start: number, end: number) => {
      for (let page = Math.floor(start / PAGE); page <= Math.floor(end / PAGE); page++) fetchPage(page);
    }, [fetchPage]),
    error,
  };
}
