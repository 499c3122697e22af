import { inArea, worklistItemsOf } from '../../shared/dtsen/worklist';
import { WORKLIST_CODES } from '../../shared/dtsen/worklist-schema';
import type { WorklistCounts, WorklistFilter, WorklistItem, WorklistPage } from '../../shared/dtsen/worklist-schema';
import { dateIn, timeZoneOf } from '../../shared/format/time-zone';
import type { RuleSet } from '../../shared/rules/ruleset';
import type { Db } from '../db/open';
import { worklistFamilyFromDb } from '../db/worklist-mapping';
import { iterateWorklistFamilies, selectChangeStamp } from '../db/worklist-queries';
import type { ServiceContext } from './context';
import { ruleSetOn } from './rules';
import { storedSettings } from './settings';

export interface Worklist {
  today: string;
  rules: RuleSet;
  items: readonly WorklistItem[];
}

/** The last list computed per database, reused while nothing has been committed since (paging a long list). */
const computed = new WeakMap<Db, { stamp: string; list: Worklist }>();

/** Today in the kelurahan's time zone (WIB before the settings are saved). */
export function officeToday(ctx: ServiceContext): string {
  return dateIn(timeZoneOf(storedSettings(ctx)?.kelurahanCode ?? ''), ctx.now());
}

/** The whole Daftar periksa under the rule set in force today, ordered by RW, RT and family, one statement streamed. */
export function worklist(ctx: ServiceContext): Worklist {
  const today = officeToday(ctx);
  const stamp = `${today}|${selectChangeStamp(ctx.db)}`;
  const cached = computed.get(ctx.db);
  if (cached?.stamp === stamp) return cached.list;
  const rules = ruleSetOn(ctx, today);
  const items: WorklistItem[] = [];
  for (const row of iterateWorklistFamilies(ctx.db)) items.push(...worklistItemsOf(worklistFamilyFromDb(row), rules, today));
  const list = { today, rules, items };
  computed.set(ctx.db, { stamp, list });
  return list;
}

/** The items a filter keeps, and the counts per code within its area and programme. */
export function filterWorklist(items: readonly WorklistItem[], filter: WorklistFilter): { counts: WorklistCounts; items: WorklistItem[] } {
  const counts = Object.fromEntries(WORKLIST_CODES.codes.map((c) => [c, 0])) as WorklistCounts;
  const kept: WorklistItem[] = [];
  for (const item of items) {
    if (!inArea(item, filter)) continue;
    counts[item.code] += 1;
    if (filter.codes.length === 0 || filter.codes.includes(item.code)) kept.push(item);
  }
  return { counts, items: kept };
}

export function listWorklist(ctx: ServiceContext, input: { filter: WorklistFilter; offset: number; limit: number | null }): WorklistPage {
  const { today, rules, items } = worklist(ctx);
  const { counts, items: kept } = filterWorklist(items, input.filter);
  const end = input.limit === null ? undefined : input.offset + input.limit;
  return { today, ruleSet: { code: rules.code, decree: rules.decree }, counts, total: kept.length, items: kept.slice(input.offset, end) };
}
