/** Indonesian time zone by province code, for "pukul 09.00 WIB". */
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

export function timeZoneOf(regionCode: string): 'WIB' | 'WITA' | 'WIT' {
  const province = regionCode.slice(0, 2);
  if (WIT.has(province)) return 'WIT';
  if (WITA.has(province)) return 'WITA';
  return 'WIB';
}

/** "09:00" -> "09.00", as Indonesian letters write times. */
export function formatTime(hhmm: string): string {
  return hhmm.replace(':', '.');
}

const UTC_OFFSET_HOURS = { WIB: 7, WITA: 8, WIT: 9 } as const;

/** The calendar date (YYYY-MM-DD) in a kelurahan's zone at an instant; Indonesia keeps no daylight saving. */
export function dateIn(zone: 'WIB' | 'WITA' | 'WIT', instant: Date): string {
  return new Date(instant.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 10);
}
