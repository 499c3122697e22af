import { dateIn, timeZoneOf } from '../../../shared/format/time-zone';
import { groundcheckFormFooter, groundcheckFormHtml } from '../../../shared/groundcheck/form-html';
import type { GroundcheckFormData, GroundcheckFormFamily } from '../../../shared/groundcheck/form-html';
import { GroundcheckFormInputSchema } from '../../../shared/groundcheck/schema';
import type { GroundcheckFormInput } from '../../../shared/groundcheck/schema';
import { selectGroundcheckItemsById } from '../../db/groundcheck-queries';
import type { ServiceContext } from '../context';
import { annotated } from '../inbox/city-proposals';
import { requireDinsosOffice } from '../office';
import { requireInForce } from './items';

/** The forms' data, one family per proposal in the order given (the order of the round). */
export async function groundcheckFormData(ctx: ServiceContext, request: GroundcheckFormInput): Promise<GroundcheckFormData> {
  const office = await requireDinsosOffice(ctx);
  const ids = [...new Set(GroundcheckFormInputSchema.parse(request).ids)];
  requireInForce(ctx, ids, 'ids');
  const rows = selectGroundcheckItemsById(ctx.db, ids);
  const proposals = new Map(annotated(ctx, office.regionCode, rows).map((p) => [p.id, p]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const families = ids.flatMap((id): GroundcheckFormFamily[] => {
    const row = byId.get(id);
    const proposal = proposals.get(id);
    if (!row || !proposal) return [];
    return [{
      proposalId: id, kelurahanCode: row.kelurahan_code, kelurahanName: row.kelurahan_name, kecamatanName: row.kecamatan_name,
      meetingDate: row.meeting_date, letterNumber: row.letter_number, no: row.no, nik: row.nik, noKk: row.no_kk, name: row.name,
      address: row.address, rt: row.rt, rw: row.rw, desil: row.desil, kind: row.kind, programs: proposal.programs,
      currentPrograms: JSON.parse(row.current_programs) as string[], deactivationReason: row.deactivation_reason, reason: row.reason,
      decision: row.decision, note: row.note, flagged: row.groundcheck === 1, crossChecks: proposal.crossChecks.map((c) => c.message),
      officer: row.a_officer, plannedDate: row.a_planned_date,
    }];
  });
  return {
    office: { officeName: office.officeName, officeAddress: office.officeAddress, regencyName: office.regency.name, paperSize: office.paperSize },
    printedOn: dateIn(timeZoneOf(office.regionCode), ctx.now()),
    families,
  };
}

/** The forms as one PDF on the office's paper, a page per family, for the officers to take on their round. */
export async function groundcheckFormPdf(ctx: ServiceContext, request: GroundcheckFormInput): Promise<{ fileName: string; contentBase64: string }> {
  const data = await groundcheckFormData(ctx, request);
  const pdf = await ctx.pdf.render(groundcheckFormHtml(data), { footerTemplate: groundcheckFormFooter(data), paper: data.office.paperSize });
  const plannedDates = new Set(data.families.map((f) => f.plannedDate));
  const [only] = plannedDates;
  const day = plannedDates.size === 1 && only ? only : data.printedOn;
  return { fileName: `formulir-groundcheck-${day.replaceAll('-', '')}.pdf`, contentBase64: pdf.toString('base64') };
}
