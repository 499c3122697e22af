import type { HouseholdInput, MemberInput } from '../../shared/household/schema';
import type { ProgramCode } from '../../shared/household/options';
import { BIRTH_PLACES, FEMALE_NAMES, MALE_NAMES, NIK_REGIONS, SECOND_NAMES, STREETS } from './names';
import { Random } from './random';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Person {
  sex: 'L' | 'P';
  birth: Date;
}

export type NikRegions = readonly (readonly [string, number])[];

/**
 * Without `serialTag`, serials are drawn from 0001-9999. With it (1-99), every serial ends in those two digits, so
 * households generated with different tags never share a NIK or a No. KK, whatever their seeds.
 */
export interface DemoHouseholdsOptions {
  nikRegions?: NikRegions;
  serialTag?: number;
}

/** Synthetic, internally consistent households: valid NIKs and KKs, ages that fit relationships. */
export class DemoHouseholds {
  private readonly random: Random;
  private readonly niks = new Set<string>();
  private readonly kks = new Set<string>();
  private readonly nikRegions: NikRegions;
  private readonly serialTag: number | undefined;

  constructor(
    seed: number,
    private readonly kelurahanCode: string,
    private readonly today: Date,
    options: DemoHouseholdsOptions = {},
  ) {
    this.random = new Random(seed);
    this.nikRegions = options.nikRegions ?? NIK_REGIONS;
    this.serialTag = options.serialTag;
    if (this.serialTag !== undefined && !(Number.isInteger(this.serialTag) && this.serialTag >= 1 && this.serialTag <= 99)) {
      throw new RangeError(`demo: serialTag must be 1-99, got ${this.serialTag}`);
    }
  }

  private serial(): string {
    return pad(this.serialTag === undefined ? this.random.int(1, 9999) : this.random.int(0, 99) * 100 + this.serialTag, 4);
  }

  private unique(set: Set<string>, make: () => string): string {
    for (;;) {
      const value = make();
      if (!set.has(value)) {
        set.add(value);
        return value;
      }
    }
  }

  private nik(person: Person): string {
    const region = this.random.weighted(this.nikRegions);
    const day = person.birth.getUTCDate() + (person.sex === 'P' ? 40 : 0);
    const date = `${pad(day, 2)}${pad(person.birth.getUTCMonth() + 1, 2)}${pad(person.birth.getUTCFullYear() % 100, 2)}`;
    return this.unique(this.niks, () => `${region}${date}${this.serial()}`);
  }

  private noKk(): string {
    const recorded = new Date(Date.UTC(this.random.int(2005, 2025), this.random.int(0, 11), this.random.int(1, 28)));
    const date = `${pad(recorded.getUTCDate(), 2)}${pad(recorded.getUTCMonth() + 1, 2)}${pad(recorded.getUTCFullYear() % 100, 2)}`;
    return this.unique(this.kks, () => `${this.kelurahanCode.slice(0, 6)}${date}${this.serial()}`);
  }

  private birth(minAge: number, maxAge: number): Date {
    const days = this.random.int(minAge * 365 + 1, maxAge * 365 + 364);
    const birth = new Date(this.today.getTime() - days * 86_400_000);
    // Keep clear of 29 February so every NIK date is valid in both candidate centuries.
    if (birth.getUTCMonth() === 1 && birth.getUTCDate() === 29) birth.setUTCDate(28);
    return birth;
  }

  private name(sex: 'L' | 'P'): string {
    const first = this.random.pick(sex === 'L' ? MALE_NAMES : FEMALE_NAMES);
    return this.random.chance(0.8) ? `${first} ${this.random.pick(SECOND_NAMES)}` : first;
  }

  private member(person: Person, relationship: MemberInput['relationship'], married: boolean): MemberInput {
    const age = this.today.getUTCFullYear() - person.birth.getUTCFullYear();
    const schooling: MemberInput['education'] =
      age < 7 ? 'BELUM_SEKOLAH' : age < 13 ? 'SEDANG_SD' : age < 16 ? 'SEDANG_SMP' : age < 19 ? 'SEDANG_SMA'
        : this.random.weighted([['TAMAT_SD', 3], ['TAMAT_SMP', 3], ['TAMAT_SMA', 4], ['TIDAK_TAMAT_SD', 1], ['SARJANA', 1]] as const);
    const occupation: MemberInput['occupation'] =
      age < 19 ? (age < 7 ? 'TIDAK_BEKERJA' : 'PELAJAR')
        : this.random.weighted([
            ['BURUH_HARIAN', 4], ['PEDAGANG', 2], ['WIRASWASTA', 2], ['KARYAWAN_SWASTA', 2],
            [person.sex === 'P' ? 'MENGURUS_RUMAH_TANGGA' : 'PENGEMUDI', 3], ['TIDAK_BEKERJA', 1], [age > 60 ? 'PENSIUNAN' : 'LAINNYA', 1],
          ] as const);
    const disability = this.random.chance(0.03) ? this.random.pick(['FISIK', 'SENSORIK', 'INTELEKTUAL', 'MENTAL', 'GANDA'] as const) : 'TIDAK_ADA';
    return {
      nik: this.nik(person),
      name: this.name(person.sex),
      sex: person.sex,
      birthPlace: this.random.pick(BIRTH_PLACES),
      birthDate: person.birth.toISOString().slice(0, 10),
      relationship,
      maritalStatus: married ? 'KAWIN' : age > 60 && this.random.chance(0.5) ? 'CERAI_MATI' : 'BELUM_KAWIN',
      education: schooling,
      occupation,
      disability,
      disabilitySevere: disability !== 'TIDAK_ADA' && this.random.chance(0.4),
      pregnant: person.sex === 'P' && married && age < 40 && this.random.chance(0.08),
      motherName: null,
      idDtsen: null,
    };
  }

  private programs(desil: number | null, members: readonly MemberInput[]): ProgramCode[] {
    if (desil === null || desil > 6) return [];
    const programs: ProgramCode[] = [];
    const hasComponent = members.some((m) => m.pregnant || m.education.startsWith('SEDANG') || m.disabilitySevere);
    // Mostly consistent with the rules, with some recipients left in a higher decile (what the meeting must catch).
    if (hasComponent && (desil <= 4 || this.random.chance(0.15)) && this.random.chance(0.6)) programs.push('PKH');
    if ((desil <= 5 || this.random.chance(0.1)) && this.random.chance(0.55)) programs.push('SEMBAKO');
    if ((desil <= 5 || this.random.chance(0.1)) && this.random.chance(0.7)) programs.push('PBI_JK');
    return programs;
  }

  next(): HouseholdInput {
    const r = this.random;
    const headSex = r.chance(0.85) ? 'L' : 'P';
    const head: Person = { sex: headSex, birth: this.birth(24, 78) };
    const headAge = this.today.getUTCFullYear() - head.birth.getUTCFullYear();
    const married = headSex === 'L' && r.chance(0.85);
    const members: MemberInput[] = [this.member(head, 'KEPALA_KELUARGA', married)];
    if (married) {
      members.push(this.member({ sex: 'P', birth: this.birth(Math.max(20, headAge - 8), Math.min(80, headAge + 2)) }, 'ISTRI', true));
    }
    const children = headAge < 30 ? r.int(0, 2) : r.int(0, 4);
    for (let i = 0; i < children; i++) {
      const maxAge = Math.max(0, Math.min(headAge - 20, 35));
      members.push(this.member({ sex: r.chance(0.5) ? 'L' : 'P', birth: this.birth(0, maxAge) }, 'ANAK', false));
    }
    if (headAge < 55 && r.chance(0.12)) {
      members.push(this.member({ sex: r.chance(0.6) ? 'P' : 'L', birth: this.birth(headAge + 20, Math.min(95, headAge + 35)) }, 'ORANG_TUA', false));
    }
    const desil = r.chance(0.06) ? null : r.weighted([[1, 14], [2, 14], [3, 13], [4, 12], [5, 11], [6, 10], [7, 8], [8, 7], [9, 6], [10, 5]] as const);
    const poor = desil !== null && desil <= 4;
    return {
      noKk: this.noKk(),
      address: `${r.pick(STREETS)}${r.chance(0.4) ? ` Gg. ${r.int(1, 9)}` : ''} No. ${r.int(1, 150)}`,
      rt: r.int(1, 12),
      rw: r.int(1, 9),
      kelurahanCode: this.kelurahanCode,
      desil,
      programs: this.programs(desil, members),
      housing: {
        floor: poor ? r.pick(['TANAH', 'SEMEN_PLESTER', 'UBIN_TEGEL'] as const) : r.pick(['UBIN_TEGEL', 'KERAMIK'] as const),
        wall: poor ? r.pick(['BAMBU_ANYAMAN', 'TEMBOK_TANPA_PLESTER', 'TEMBOK_PLESTER'] as const) : 'TEMBOK_PLESTER',
        roof: r.pick(['GENTENG', 'GENTENG', 'SENG_ASBES', 'BETON'] as const),
        waterSource: r.pick(['SUMUR_TERLINDUNG', 'LEDENG_PDAM', 'LEDENG_PDAM', 'AIR_KEMASAN'] as const),
        lighting: poor ? r.pick(['PLN_450', 'PLN_900', 'PLN_TANPA_METERAN'] as const) : r.pick(['PLN_900', 'PLN_1300_LEBIH'] as const),
        cookingFuel: poor ? r.pick(['LPG_3KG', 'KAYU_ARANG'] as const) : r.pick(['LPG_3KG', 'LPG_BESAR'] as const),
        toilet: poor ? r.pick(['BERSAMA_UMUM', 'SENDIRI_TANPA_SEPTIK', 'SENDIRI_SEPTIK'] as const) : 'SENDIRI_SEPTIK',
        landTenure: r.pick(['MILIK_SENDIRI', 'MILIK_SENDIRI', 'SEWA_KONTRAK', 'BEBAS_SEWA'] as const),
        houseTenure: r.pick(['MILIK_SENDIRI', 'MILIK_SENDIRI', 'SEWA_KONTRAK', 'BEBAS_SEWA'] as const),
        incomeBand: poor ? r.pick(['KURANG_1JT', 'ANTARA_1_2JT'] as const) : r.pick(['ANTARA_2_3JT', 'ANTARA_3_5JT', 'LEBIH_5JT'] as const),
        assets: poor ? (r.chance(0.5) ? ['SEPEDA_MOTOR'] : []) : ['SEPEDA_MOTOR', 'KULKAS', ...(r.chance(0.3) ? (['MOBIL'] as const) : [])],
      },
      members,
    };
  }
}
