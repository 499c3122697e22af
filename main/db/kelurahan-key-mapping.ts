export interface KelurahanKeyDbRow {
  kelurahan_code: string;
  key_id: string;
  public_key: string;
  trusted_at: string;
  trusted_by: string;
}
