/** The kelurahan every e2e test works in, saved through the API before the UI is driven. */
export const SETTINGS = {
  kelurahanCode: '3573051004',
  lurahName: 'Drs. Bambang Suharyanto, M.Si.',
  lurahNip: '197104151998031007',
  secretaryName: 'Siti Nurhayati, S.Sos.',
  secretaryNip: '',
  officeAddress: 'Jl. MT Haryono Gg. 1 No. 2, Malang',
};
