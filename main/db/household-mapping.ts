import { HouseholdSchema, HouseholdRowSchema } from '../../shared/household/schema';
import type { Household, HouseholdInput, HouseholdRow, MemberInput } from '../../shared/household/schema';

/** Rows as SQLite stores them; kept apart from the domain types in shared/. */
export interface HouseholdDbRow {
  id: number;
  no_kk: string;
  address: string;
  rt: number;
  rw: number;
  kelurahan_code: string;
  desil: number | null;
  floor: string | null;
  wall: string | null;
  roof: string | null;
  water_source: string | null;
  lighting: string | null;
  cooking_fuel: string | null;
  toilet: string | null;
  land_tenure: string | null;
  house_tenure: string | null;
  income_band: string | null;
  assets: string;
  created_at: string;
  updated_at: string;
}

export interface MemberDbRow {
  id: number;
  household_id: number;
  position: number;
  nik: string;
  name: string;
  sex: string;
  birth_place: string;
  birth_date: string;
  relationship: string;
  marital_status: string;
  education: string;
  occupation: string;
  disability: string;
  disability_severe: 0 | 1;
  pregnant: 0 | 1;
  mother_name: string | null;
  id_dtsen: string | null;
}

/** Member fields a DTSEN extract may not carry are stored as '' (NOT NULL columns since 001) and read as null. */
const missingAsNull = (value: string) => (value === '' ? null : value);

export interface HouseholdListDbRow {
  id: number;
  no_kk: string;
  address: string;
  rt: number;
  rw: number;
  desil: number | null;
  head_name: string | null;
  head_nik: string | null;
  programs: string | null;
  member_count: number;
  matched_member: string | null;
}

export interface NikOwnerDbRow {
  nik: string;
  household_id: number;
  no_kk: string;
  head_name: string | null;
}

/** A household row with its members (in KK order) and its programme codes. */
export interface HouseholdDbBundle {
  row: HouseholdDbRow;
  members: MemberDbRow[];
  programs: string[];
}

/** Parsing through the shared schema means a corrupted row fails loudly instead of leaking into the UI. */
export function householdFromDb({ row, members, programs }: HouseholdDbBundle): Household {
  return HouseholdSchema.parse({
    id: row.id,
    noKk: row.no_kk,
    address: row.address,
    rt: row.rt,
    rw: row.rw,
    kelurahanCode: row.kelurahan_code,
    desil: row.desil,
    programs,
    housing: {
      floor: row.floor,
      wall: row.wall,
      roof: row.roof,
      waterSource: row.water_source,
      lighting: row.lighting,
      cookingFuel: row.cooking_fuel,
      toilet: row.toilet,
      landTenure: row.land_tenure,
      houseTenure: row.house_tenure,
      incomeBand: row.income_band,
      assets: JSON.parse(row.assets) as unknown,
    },
    members: members.map((m) => ({
      id: m.id,
      nik: m.nik,
      name: m.name,
      sex: m.sex,
      birthPlace: missingAsNull(m.birth_place),
      birthDate: missingAsNull(m.birth_date),
      relationship: m.relationship,
      maritalStatus: missingAsNull(m.marital_status),
      education: missingAsNull(m.education),
      occupation: missingAsNull(m.occupation),
      disability: missingAsNull(m.disability),
      disabilitySevere: m.disability_severe === 1,
      pregnant: m.pregnant === 1,
      motherName: m.mother_name,
      idDtsen: m.id_dtsen,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function householdToDb(h: HouseholdInput, now: string) {
  return {
    no_kk: h.noKk.trim(),
    address: h.address,
    rt: h.rt,
    rw: h.rw,
    kelurahan_code: h.kelurahanCode,
    desil: h.desil,
    floor: h.housing.floor,
    wall: h.housing.wall,
    roof: h.housing.roof,
    water_source: h.housing.waterSource,
    lighting: h.housing.lighting,
    cooking_fuel: h.housing.cookingFuel,
    toilet: h.housing.toilet,
    land_tenure: h.housing.landTenure,
    house_tenure: h.housing.houseTenure,
    income_band: h.housing.incomeBand,
    assets: JSON.stringify(h.housing.assets),
    now,
  };
}

export function memberToDb(m: MemberInput, householdId: number, position: number) {
  return {
    household_id: householdId,
    position,
    nik: m.nik.trim(),
    name: m.name,
    sex: m.sex,
    birth_place: m.birthPlace,
    birth_date: m.birthDate,
    relationship: m.relationship,
    marital_status: m.maritalStatus,
    education: m.education,
    occupation: m.occupation,
    disability: m.disability,
    disability_severe: m.disabilitySevere ? 1 : 0,
    pregnant: m.pregnant ? 1 : 0,
    mother_name: m.motherName,
    id_dtsen: m.idDtsen,
  };
}

export function householdRowFromDb(row: HouseholdListDbRow): HouseholdRow {
  return HouseholdRowSchema.parse({
    id: row.id,
    noKk: row.no_kk,
    headName: row.head_name ?? '',
    headNik: row.head_nik ?? '',
    address: row.address,
    rt: row.rt,
    rw: row.rw,
    desil: row.desil,
    programs: row.programs ? row.programs.split(',') : [],
    memberCount: row.member_count,
    matchedMember: row.matched_member,
  });
}

/** Who already holds a NIK: the family it is registered in. */
export interface NikOwner {
  nik: string;
  householdId: number;
  noKk: string;
  headName: string | null;
}

export function nikOwnerFromDb(row: NikOwnerDbRow): NikOwner {
  return { nik: row.nik, householdId: row.household_id, noKk: row.no_kk, headName: row.head_name };
}
