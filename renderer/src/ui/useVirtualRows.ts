import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

interface PagedRows {
  total: number | null;
  /** Fetches the rows first..last if they are not loaded yet. */
  load: (first: number, last: number) => void;
}

/**
 * A long list rendered only where the screen shows it: the rows in view are loaded as the operator scrolls,
 * and the list scrolls back to the top whenever `resetKey` changes (a new search or filter).
 */
export function useVirtualRows(pages: PagedRows, rowHeight: number, resetKey: string) {
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render, which the React Compiler cannot memoise; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: pages.total ?? 0, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { load } = pages;

  useEffect(() => {
    if (items.length > 0) load(first, last);
  }, [first, last, items.length, load]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  return { scroller, items, totalSize: virtualizer.getTotalSize() };
}
