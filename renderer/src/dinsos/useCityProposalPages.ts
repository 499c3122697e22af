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

/** The city register a page at a time; `filter` is kept in state by the caller, so it changes identity only when it changes. */
export function useCityProposalPages(filter: CityFilter): CityProposalPages {
  const fetchRows = useCallback(
    (offset: number, limit: number) =>
      call('cityProposals.list', { ...filter, offset, limit }).then((r) => ({ rows: r.rows, total: r.total, about: { perKelurahan: r.perKelurahan } })),
    [filter],
  );
  return usePagedRows(PAGE, fetchRows);
}
