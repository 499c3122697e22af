import { z } from 'zod';

/**
 * The sheet every printed document uses, chosen once in Pengaturan: A4 is the national default for official
 * letters, F4 (Folio) is what many regional offices load into their printers.
 */
export const PAPER_SIZES = ['A4', 'F4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const PaperSizeSchema = z.enum(PAPER_SIZES, { error: 'Pilih ukuran kertas A4 atau F4' });
export const DEFAULT_PAPER_SIZE: PaperSize = 'A4';

export const PAPER: Readonly<Record<PaperSize, { label: string; widthMm: number; heightMm: number }>> = {
  A4: { label: 'A4 (210 × 297 mm)', widthMm: 210, heightMm: 297 },
  F4: { label: 'F4 (215 × 330 mm)', widthMm: 215, heightMm: 330 },
};

/** The CSS rule for printed pages, portrait. Sizes are in millimetres: F4 has no CSS keyword. */
export function pageRule(paper: PaperSize, margin: string): string {
  const { widthMm, heightMm } = PAPER[paper];
  return `@page { size: ${widthMm}mm ${heightMm}mm; margin: ${margin}; }`;
}
