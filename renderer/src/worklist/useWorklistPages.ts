import { useCallback } from 'react';
import type { WorklistCounts, WorklistFilter, WorklistItem, WorklistPage } from '../../../shared/dtsen/worklist-schema';
import { call } from '../api/client';
import { usePagedRows } from '../ui/usePagedRows';
import type { PagedRows } from '../ui/usePagedRows';

const PAGE = 200;

/** What every page of the Daftar periksa also says about the whole list. */
interface WorklistAbout {
  counts: WorklistCounts;
  today: WorklistPage['today'];
  ruleSet: WorklistPage['ruleSet'];
}

export type WorklistPages = PagedRows<WorklistItem, WorklistAbout>;

/**
 * The Daftar periksa fetched a page at a time for a list that renders only what is on screen.
 * `filter` is kept in state by the caller, so it changes identity only when it changes.
 */
export function useWorklistPages(filter: WorklistFilter): WorklistPages {
  const fetchRows = useCallback(
    (offset: number, limit: number) =>
      call('worklist.list', { filter, offset, limit }).then((r) => ({ rows: r.items, total: r.total, about: { counts: r.counts, today: r.today, ruleSet: r.ruleSet } })),
    [filter],
  );
  return usePagedRows(PAGE, fetchRows);
}
