import { DECISIONS, PROPOSAL_KIND_SHORT } from '../../../shared/meeting/options';
import { formatDate } from '../../../shared/format/date';
import { dateIn, timeZoneOf } from '../../../shared/format/time-zone';
import { objectionDeadline } from '../../../shared/inbox/city-proposals';
import type { CityProposal, CityProposalFilter, CityProposalPage, CrossCheck } from '../../../shared/inbox/city-proposals';
import { cityProposalFromDb, cityProposalWhere } from '../../db/city-proposal-mapping';
import type { CityProposalDbRow, CityProposalWhere, CrossPairDbRow, KelurahanCountDbRow } from '../../db/city-proposal-mapping';
import { countPerKelurahan, selectCrossPairs, selectOpenObjections, selectOtherProposals } from '../../db/city-proposal-queries';
import type { ServiceContext } from '../context';
import { requireDinsosOffice } from '../office';

function crossChecksOf(pair: CrossPairDbRow): CrossCheck[] {
  // The other kelurahan comes first: the list shows the first two lines of a finding.
  const kelurahan = `Kelurahan ${pair.other_kelurahan_name}`;
  const which = `usulan nomor ${pair.other_no}, musyawarah ${formatDate(pair.other_meeting_date)}`;
  const checks: CrossCheck[] = [];
  if (pair.other_kelurahan === 1) checks.push({ code: 'NIK_KELURAHAN_LAIN', otherProposalId: pair.other_id, message: `${kelurahan} juga mengusulkan NIK yang sama (${which})` });
  if (pair.other_kk === 1) checks.push({ code: 'KK_BERBEDA', otherProposalId: pair.other_id, message: `${kelurahan} mencatat orang yang sama dalam KK ${pair.other_no_kk} (${which})` });
  if (pair.contradicts === 1) {
    checks.push({
      code: 'BERTENTANGAN', otherProposalId: pair.other_id,
      message: `Bertentangan dengan usulan ${kelurahan} (${which}): ${PROPOSAL_KIND_SHORT[pair.other_kind]} yang ${DECISIONS.labels[pair.other_decision].toLowerCase()}`,
    });
  }
  return checks;
}

/** Rows as the officer sees them: with the objection deadline counted from today and the cross-kelurahan findings. */
export function annotated(ctx: ServiceContext, regionCode: string, rows: readonly CityProposalDbRow[]): CityProposal[] {
  const today = dateIn(timeZoneOf(regionCode), ctx.now());
  const checks = new Map<number, CrossCheck[]>();
  for (const pair of selectCrossPairs(ctx.db, rows.map((r) => r.id))) checks.set(pair.id, [...(checks.get(pair.id) ?? []), ...crossChecksOf(pair)]);
  return rows.map((row) => ({
    ...cityProposalFromDb(row),
    deadline: objectionDeadline(row.kind, row.meeting_date, row.dinsos_status !== null, today),
    crossChecks: checks.get(row.id) ?? [],
  }));
}

/** Unanswered objections come first (their deadline runs), then the rest in the register's order. */
function pageOf(ctx: ServiceContext, where: CityProposalWhere, objections: number, offset: number, limit: number): CityProposalDbRow[] {
  const rows = offset < objections ? selectOpenObjections(ctx.db, where, offset, limit) : [];
  if (rows.length < limit) rows.push(...selectOtherProposals(ctx.db, where, Math.max(0, offset - objections), limit - rows.length));
  return rows;
}

/** A page of the city register under a filter, and the counts per kelurahan under the same filter. */
export async function listCityProposals(ctx: ServiceContext, filter: CityProposalFilter): Promise<CityProposalPage> {
  const office = await requireDinsosOffice(ctx);
  const where = cityProposalWhere(filter);
  const counts = countPerKelurahan(ctx.db, where);
  // The counts cover every kelurahan; the page and its total, only the chosen one.
  const chosen = where.kelurahan === null ? counts : counts.filter((c) => c.kelurahan_code === where.kelurahan);
  const sum = (pick: (c: KelurahanCountDbRow) => number) => chosen.reduce((n, c) => n + pick(c), 0);
  return {
    total: sum((c) => c.proposals),
    rows: annotated(ctx, office.regionCode, pageOf(ctx, where, sum((c) => c.open_objections), filter.offset ?? 0, filter.limit ?? 100)),
    perKelurahan: counts.map((c) => ({
      kelurahanCode: c.kelurahan_code, kelurahanName: c.kelurahan_name, proposals: c.proposals, approved: c.approved, groundcheck: c.groundcheck, answered: c.answered,
    })),
  };
}
