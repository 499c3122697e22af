import { useCallback } from 'react';
import type { CityProposal, CityProposalFilter, CityProposalPage } from '../../../shared/inbox/city-proposals';
import { call } from '../api/client';
import { usePagedRows } from '../ui/usePagedRows';
import type { PagedRows } from '../ui/usePagedRows';

const PAGE = 200;

/** The filter the officer sets; the page asks for its own offset and limit. */
export type CityFilter = Omit<CityProposalFilter, 'offset' | 'limit'>;

/** What every page also says about the whole filtered register. */
export interface CityAbout {
  perKelurahan: CityProposalPage['perKelurahan'];
}

export type CityProposalPages = PagedRows<CityProposal, CityAbout>;

/**
 * The city register a page at a time; `filter` is kept in state by the caller, so it changes identity only when it
 * changes, or when the caller wants the list loaded afresh (a copy of the same filter).
 */
export function useCityProposalPages(filter: CityFilter): CityProposalPages {
  const fetchRows = useCallback(
    (offset: number, limit: number) =>
      call('cityProposals.list', { ...filter, offset, limit }).then((r) => ({ rows: r.rows, total: r.total, about: { perKelurahan: r.perKelurahan } })),
    [filter],
  );
  return usePagedRows(PAGE, fetchRows);
}

/** Most proposals one answer may cover (the contract's limit on cityProposals.setStatus). */
export const MAX_CHOSEN = 5000;

/** The ids of every proposal the filter keeps, fetched a page at a time, for "choose all". */
export async function idsMatching(filter: CityFilter): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; offset < MAX_CHOSEN; offset += 500) {
    const page = await call('cityProposals.list', { ...filter, offset, limit: 500 });
    ids.push(...page.rows.map((r) => r.id));
    if (ids.length >= page.total) break;
  }
  return ids;
}
