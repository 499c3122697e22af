import { kelurahanOfficeAddress } from '../../shared/format/office-address';
import type { SettingsInput, Village } from '../../shared/settings/schema';
import { FEMALE_NAMES, MALE_NAMES, SECOND_NAMES } from './names';
import type { Random } from './random';

const DEGREES = ['S.Sos.', 'S.AP.', 'S.H.', 'S.STP.', 'S.Sos., M.Si.', 'S.E., M.M.'] as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A civil servant: NIP = birth date (8) + appointment month (6) + sex (1 man, 2 woman) + serial (3). */
function official(random: Random, bornFrom: number, bornTo: number): { name: string; nip: string } {
  const male = random.chance(0.6);
  const born = { year: random.int(bornFrom, bornTo), month: random.int(1, 12), day: random.int(1, 28) };
  const appointed = { year: born.year + random.int(23, 30), month: random.int(1, 12) };
  const name = `${random.pick(male ? MALE_NAMES : FEMALE_NAMES)} ${random.pick(SECOND_NAMES)}, ${random.pick(DEGREES)}`;
  const nip = `${born.year}${pad(born.month, 2)}${pad(born.day, 2)}${appointed.year}${pad(appointed.month, 2)}${male ? 1 : 2}${pad(random.int(1, 20), 3)}`;
  return { name, nip };
}

/** Settings for a demo kelurahan other than the historic Dinoyo one: invented Lurah and secretary, the office address from the region list. */
export function demoKelurahanSettings(village: Village, random: Random): SettingsInput {
  const lurah = official(random, 1968, 1980);
  const secretary = official(random, 1975, 1990);
  return {
    kelurahanCode: village.code,
    lurahName: lurah.name,
    lurahNip: lurah.nip,
    secretaryName: secretary.name,
    secretaryNip: secretary.nip,
    officeAddress: kelurahanOfficeAddress(village),
    nikDisplay: 'FULL',
    paperSize: 'A4',
  };
}
