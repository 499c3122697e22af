import { inArea, worklistEntriesOf, worklistItem } from '../../shared/dtsen/worklist';
import type { WorklistEntry } from '../../shared/dtsen/worklist';
import { WORKLIST_CODES } from '../../shared/dtsen/worklist-schema';
import type { WorklistCounts, WorklistFilter, WorklistItem, WorklistPage } from '../../shared/dtsen/worklist-schema';
import { dateIn, timeZoneOf } from '../../shared/format/time-zone';
import { PROGRAMS } from '../../shared/household/options';
import { componentCutoffs } from '../../shared/rules/family-components';
import type { RuleSet } from '../../shared/rules/ruleset';
import type { Db } from '../db/open';
import { worklistFamilyFromDb, worklistLabelFromDb } from '../db/worklist-mapping';
import { iterateWorklistFamilies, selectChangeStamp, selectWorklistLabels } from '../db/worklist-queries';
import type { ServiceContext } from './context';
import { ruleSetOn } from './rules';
import { storedSettings } from './settings';

export interface Worklist {
  today: string;
  rules: RuleSet;
  /** Entries, worded into items (`worklistItems`) only when shown: most of a long list never is. */
  items: readonly WorklistEntry[];
}

/** The last list computed per database, reused while nothing has been committed since (paging a long list). */
const computed = new WeakMap<Db, { stamp: string; list: Worklist }>();

/** Today in the kelurahan's time zone (WIB before the settings are saved). */
export function officeToday(ctx: ServiceContext): string {
  return dateIn(timeZoneOf(storedSettings(ctx)?.kelurahanCode ?? ''), ctx.now());
}

/** The whole Daftar periksa under the rule set in force today, ordered by RW, RT and family, the register read once. */
export function worklist(ctx: ServiceContext): Worklist {
  const today = officeToday(ctx);
  const stamp = `${today}|${selectChangeStamp(ctx.db)}`;
  const cached = computed.get(ctx.db);
  if (cached?.stamp === stamp) return cached.list;
  const rules = ruleSetOn(ctx, today);
  const cutoffs = componentCutoffs(today, rules);
  const entries: WorklistEntry[] = [];
  const limits = { pkhMaxDesil: rules.programs.PKH.maxDesil, maxEligibleDesil: Math.max(...PROGRAMS.codes.map((p) => rules.programs[p].maxDesil)) };
  for (const row of iterateWorklistFamilies(ctx.db, limits)) {
    for (const entry of worklistEntriesOf(worklistFamilyFromDb(row), rules, cutoffs)) entries.push(entry);
  }
  // Read in household id order (sequential pages); listed by RW and RT, a family's entries in code order.
  entries.sort((a, b) => a.family.rw - b.family.rw || a.family.rt - b.family.rt || a.householdId - b.householdId);
  const list = { today, rules, items: entries };
  computed.set(ctx.db, { stamp, list });
  return list;
}

/** The entries a filter keeps, and the counts per code within its area and programme. */
export function filterWorklist(entries: readonly WorklistEntry[], filter: WorklistFilter): { counts: WorklistCounts; entries: WorklistEntry[] } {
  const counts = Object.fromEntries(WORKLIST_CODES.codes.map((c) => [c, 0])) as WorklistCounts;
  const kept: WorklistEntry[] = [];
  for (const entry of entries) {
    if (!inArea(entry, filter)) continue;
    counts[entry.code] += 1;
    if (filter.codes.length === 0 || filter.codes.includes(entry.code)) kept.push(entry);
  }
  return { counts, entries: kept };
}

const LABEL_BATCH = 10_000;

/** Entries worded as items, with No. KK, address and head of family read for these families only. */
export function worklistItems(ctx: ServiceContext, entries: readonly WorklistEntry[], rules: RuleSet): WorklistItem[] {
  const items: WorklistItem[] = [];
  for (let start = 0; start < entries.length; start += LABEL_BATCH) {
    const batch = entries.slice(start, start + LABEL_BATCH);
    const labels = new Map(selectWorklistLabels(ctx.db, [...new Set(batch.map((e) => e.householdId))]).map((r) => [r.id, worklistLabelFromDb(r)]));
    for (const entry of batch) items.push(worklistItem(entry, labels.get(entry.householdId) ?? { kk: '', name: '', address: '' }, rules));
  }
  return items;
}

export function listWorklist(ctx: ServiceContext, input: { filter: WorklistFilter; offset: number; limit: number | null }): WorklistPage {
  const { today, rules, items } = worklist(ctx);
  const { counts, entries } = filterWorklist(items, input.filter);
  const end = input.limit === null ? undefined : input.offset + input.limit;
  return {
    today, ruleSet: { code: rules.code, decree: rules.decree }, counts, total: entries.length,
    items: worklistItems(ctx, entries.slice(input.offset, end), rules),
  };
}
