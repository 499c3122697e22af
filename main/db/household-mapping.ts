import { HouseholdSchema, HouseholdRowSchema } from '../../shared/household/schema';
import type { Household, HouseholdInput, HouseholdRow, MemberInput } from '../../shared/household/schema';
import type { HouseholdDbRow, HouseholdListDbRow, MemberDbRow } from './household-rows';

/** Parsing through the shared schema means a corrupted row fails loudly instead of leaking into the UI. */
export function householdFromDb(row: HouseholdDbRow, members: MemberDbRow[], programs: string[]): Household {
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
      birthPlace: m.birth_place,
      birthDate: m.birth_date,
      relationship: m.relationship,
      maritalStatus: m.marital_status,
      education: m.education,
      occupation: m.occupation,
      disability: m.disability,
      disabilitySevere: m.disability_severe === 1,
      pregnant: m.pregnant === 1,
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
