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
  disability_severe: number;
  pregnant: number;
}

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
