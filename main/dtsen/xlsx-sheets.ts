import { badFile } from './table';

/** A worksheet as workbook.xml and its relationships describe it. */
export interface SheetPart {
  name: string;
  id: number;
  visible: boolean;
  /** Its part inside the zip, e.g. xl/worksheets/sheet1.xml. */
  path: string;
}

export interface WorkbookSheet {
  name: string;
  id: number;
  rId: string;
  state?: string;
}

export interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}

/** The workbook's worksheets in tab order (chart sheets and the like left out). */
export function worksheetParts(sheets: readonly WorkbookSheet[], relations: readonly Relationship[]): SheetPart[] {
  return sheets.flatMap((sheet) => {
    const relation = relations.find((r) => r.Id === sheet.rId && r.Type.endsWith('/worksheet'));
    return relation ? [{ name: sheet.name, id: sheet.id, visible: (sheet.state ?? 'visible') === 'visible', path: partPath(relation.Target) }] : [];
  });
}

/** The part a relationship of the workbook points to: relative to xl/ unless it starts with a slash. */
export function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The sheet named `wanted` (exactly, or the only one in other letter case), else the first visible worksheet. */
export function chooseSheet(worksheets: readonly SheetPart[], wanted: string | undefined, name: string): SheetPart {
  const first = worksheets.find((w) => w.visible) ?? worksheets[0];
  if (!first) throw badFile(`Berkas ${name} tidak memuat lembar kerja.`);
  if (wanted === undefined) return first;
  const exact = worksheets.find((w) => w.name === wanted);
  if (exact) return exact;
  const folded = worksheets.filter((w) => w.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (folded.length === 1 && folded[0]) return folded[0];
  throw badFile(`Lembar "${wanted}" tidak ada di berkas ${name}. Lembar yang tersedia: ${worksheets.map((w) => `"${w.name}"`).join(', ')}.`);
}
