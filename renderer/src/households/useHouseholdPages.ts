import { useCallback } from 'react';
import type { HouseholdRow } from '../../../shared/household/schema';
import { call } from '../api/client';
import { usePagedRows } from '../ui/usePagedRows';
import type { PagedRows } from '../ui/usePagedRows';

const PAGE = 100;

/** Search results fetched a page at a time, for a list that only renders what is on screen. */
export function useHouseholdPages(query: string): PagedRows<HouseholdRow, null> {
  const fetchRows = useCallback(
    (offset: number, limit: number) => call('households.search', { query, offset, limit }).then((r) => ({ rows: r.rows, total: r.total, about: null })),
    [query],
  );
  return usePagedRows(PAGE, fetchRows);
}
