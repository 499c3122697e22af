import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from './message-of';

/** One page of rows, their total, and whatever else the answer carries about the whole list. */
export interface RowsPage<Row, About> {
  rows: readonly Row[];
  total: number;
  about: About;
}

export interface PagedRows<Row, About> {
  total: number | null;
  about: About | null;
  rowAt: (index: number) => Row | undefined;
  /** Asks for the pages covering [start, end]; rows appear as they arrive. */
  load: (start: number, end: number) => void;
  error: string | null;
}

interface Loaded<About> {
  source: unknown;
  total: number;
  about: About;
  version: number;
}

/**
 * A long list fetched a page at a time, for a list that renders only what is on screen. `fetchRows` names the
 * list: memoise it on what it asks for, and a new identity starts the list afresh.
 */
export function usePagedRows<Row, About>(pageSize: number, fetchRows: (offset: number, limit: number) => Promise<RowsPage<Row, About>>): PagedRows<Row, About> {
  const [loaded, setLoaded] = useState<Loaded<About> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cache = useRef({ source: fetchRows, rows: new Map<number, Row>(), requested: new Set<number>() });

  const fetchPage = useCallback(
    (page: number) => {
      if (cache.current.source !== fetchRows) cache.current = { source: fetchRows, rows: new Map(), requested: new Set() };
      const mine = cache.current;
      if (mine.requested.has(page)) return;
      mine.requested.add(page);
      fetchRows(page * pageSize, pageSize)
        .then((result) => {
          if (mine !== cache.current) return;
          result.rows.forEach((row, i) => mine.rows.set(page * pageSize + i, row));
          setLoaded((prev) => ({ source: fetchRows, total: result.total, about: result.about, version: (prev?.version ?? 0) + 1 }));
          setError(null);
        })
        .catch((e: unknown) => {
          if (mine !== cache.current) return;
          mine.requested.delete(page);
          setError(messageOf(e));
        });
    },
    [fetchRows, pageSize],
  );

  useEffect(() => {
    fetchPage(0);
  }, [fetchPage]);

  const current = loaded?.source === fetchRows ? loaded : null;
  return {
    total: current?.total ?? null,
    about: current?.about ?? null,
    rowAt: (i) => (cache.current.source === fetchRows ? cache.current.rows.get(i) : undefined),
    load: useCallback((start: number, end: number) => {
      for (let page = Math.floor(start / pageSize); page <= Math.floor(end / pageSize); page++) fetchPage(page);
    }, [fetchPage, pageSize]),
    error,
  };
}
