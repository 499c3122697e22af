import { parseArgs } from 'node:util';
import { dinsosOfficeAddress, dinsosOfficeName, kelurahanOfficeAddress } from '../../../shared/format/office-address';
import { findRegency, findVillage } from '../../services/regions';
import type { ServiceContext } from '../../services/context';
import type { Regency } from '../../../shared/office/schema';
import type { Village } from '../../../shared/settings/schema';
import { CliFailure } from './cli-command';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';

const USAGE =
  'muskel setup --role kelurahan|dinsos --region KODE --head NAMA --head-nip NIP --secretary NAMA [--secretary-nip NIP] [--address ALAMAT] [--office NAMA] [--data-dir DIR]';

interface Officials {
  region: string;
  head: string;
  headNip: string;
  secretary: string;
  secretaryNip: string;
  address: string | undefined;
}

async function setUpKelurahan(ctx: ServiceContext, o: Officials, village: Village): Promise<string> {
  // Setting up again keeps what the command has no flag for, and the address while the kelurahan stays the same.
  const current = await callOrFail(ctx, 'settings.get', {});
  const same = current?.kelurahanCode === o.region ? current : null;
  const saved = await callOrFail(ctx, 'settings.save', {
    kelurahanCode: o.region,
    lurahName: o.head,
    lurahNip: o.headNip,
    secretaryName: o.secretary,
    secretaryNip: o.secretaryNip,
    officeAddress: o.address ?? same?.officeAddress ?? kelurahanOfficeAddress(village),
    nikDisplay: current?.nikDisplay,
    paperSize: current?.paperSize,
  });
  const v = saved.village;
  return `Folder data ${ctx.dataDir} disiapkan untuk Kelurahan ${v.name}, Kecamatan ${v.districtName}, ${v.regencyName} (Lurah: ${saved.lurahName}).`;
}

async function setUpDinsos(ctx: ServiceContext, o: Officials, regency: Regency, office: string | undefined): Promise<string> {
  const { dinsos: current } = await callOrFail(ctx, 'office.role', {});
  const same = current?.regionCode === o.region ? current : null;
  const saved = await callOrFail(ctx, 'office.saveDinsos', {
    regionCode: o.region,
    officeName: office ?? same?.officeName ?? dinsosOfficeName(regency),
    headName: o.head,
    headNip: o.headNip,
    secretaryName: o.secretary,
    secretaryNip: o.secretaryNip,
    officeAddress: o.address ?? same?.officeAddress ?? dinsosOfficeAddress(regency),
    paperSize: current?.paperSize,
  });
  return `Folder data ${ctx.dataDir} disiapkan untuk Dinsos ${saved.regency.name}, ${saved.regency.provinceName} (${saved.officeName}; Kepala Dinas: ${saved.headName}).`;
}

export const setupCommand: CliCommand = {
  name: 'setup',
  usage: USAGE,
  summary: 'Menyiapkan folder data untuk satu kelurahan (kode kelurahan 10 digit) atau untuk Dinsos satu kota/kabupaten (kode 4 digit)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        role: { type: 'string' },
        region: { type: 'string' },
        head: { type: 'string' },
        'head-nip': { type: 'string' },
        secretary: { type: 'string' },
        'secretary-nip': { type: 'string', default: '' },
        address: { type: 'string' },
        office: { type: 'string' },
        'data-dir': { type: 'string' },
      },
    });
    const { role, region, head, secretary } = values;
    const headNip = values['head-nip'];
    if ((role !== 'kelurahan' && role !== 'dinsos') || region === undefined || head === undefined || headNip === undefined || secretary === undefined) {
      console.error(`Sebutkan --role (kelurahan atau dinsos), --region, --head, --head-nip dan --secretary.\nPemakaian: ${USAGE}`);
      return 2;
    }
    if (role === 'kelurahan' && values.office !== undefined) {
      console.error(`--office hanya untuk --role dinsos; nama kantor kelurahan mengikuti kode kelurahan.\nPemakaian: ${USAGE}`);
      return 2;
    }
    const officials: Officials = { region, head, headNip, secretary, secretaryNip: values['secretary-nip'], address: values.address };
    // The region is looked up before the folder is opened, so a mistyped code does not create a new data folder.
    if (role === 'kelurahan') {
      const village = await findVillage(region);
      if (!village) throw new CliFailure(`Gagal: kelurahan dengan kode ${region} tidak ada dalam daftar Kemendagri (--region: kode kelurahan 10 digit, misalnya 3573051004).`, 1);
      return withData(values['data-dir'], async (ctx) => {
        console.log(await setUpKelurahan(ctx, officials, village));
        return 0;
      });
    }
    const regency = await findRegency(region);
    if (!regency) throw new CliFailure(`Gagal: kota/kabupaten dengan kode ${region} tidak ada dalam daftar Kemendagri (--region: kode 4 digit, misalnya 3573).`, 1);
    return withData(values['data-dir'], async (ctx) => {
      console.log(await setUpDinsos(ctx, officials, regency, values.office));
      return 0;
    });
  },
};
