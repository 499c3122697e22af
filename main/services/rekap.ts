import { foldRekap } from '../../shared/rekap/rekap';
import type { Rekap } from '../../shared/rekap/schema';
import { rekapGroupFromDb } from '../db/rekap-mapping';
import { selectRekapGroups } from '../db/rekap-queries';
import type { ServiceContext } from './context';

/** Families and people per RW, desil and programme, counted by the database. */
export function rekap(ctx: ServiceContext): Rekap {
  return foldRekap(selectRekapGroups(ctx.db).map(rekapGroupFromDb));
}
