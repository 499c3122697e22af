import type { PaperSize } from '../../shared/print/paper';
import type { DinsosOfficeInput } from '../../shared/office/schema';

export interface DinsosOfficeDbRow {
  region_code: string;
  office_name: string;
  head_name: string;
  head_nip: string;
  secretary_name: string;
  secretary_nip: string;
  office_address: string;
  paper_size: PaperSize;
}

export function dinsosOfficeFromDb(row: DinsosOfficeDbRow): DinsosOfficeInput {
  return {
    regionCode: row.region_code, officeName: row.office_name, headName: row.head_name, headNip: row.head_nip,
    secretaryName: row.secretary_name, secretaryNip: row.secretary_nip, officeAddress: row.office_address, paperSize: row.paper_size,
  };
}

export function dinsosOfficeToDb(o: DinsosOfficeInput): DinsosOfficeDbRow {
  return {
    region_code: o.regionCode, office_name: o.officeName, head_name: o.headName, head_nip: o.headNip,
    secretary_name: o.secretaryName, secretary_nip: o.secretaryNip, office_address: o.officeAddress, paper_size: o.paperSize,
  };
}
