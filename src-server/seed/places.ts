import { labelOf } from '../../src-shared/domain/code-lists.ts';
import type { Prng } from './prng.ts';

/** County-level address codes (GB/T 2260) of each Henan region, for resident ID numbers that fit it. */
const COUNTIES: Readonly<Record<string, readonly string[]>> = {
  '410100': ['410102', '410103', '410104', '410105', '410122', '410181', '410183'],
  '410200': ['410202', '410203', '410205', '410212', '410221', '410225'],
  '410300': ['410302', '410303', '410305', '410307', '410322', '410381'],
  '410400': ['410402', '410403', '410411', '410421', '410482'],
  '410500': ['410502', '410503', '410505', '410522', '410581'],
  '410600': ['410602', '410603', '410611', '410621'],
  '410700': ['410702', '410703', '410711', '410721', '410781'],
  '410800': ['410802', '410803', '410811', '410821', '410882'],
  '410900': ['410902', '410922', '410923', '410926'],
  '411000': ['411002', '411003', '411024', '411081', '411082'],
  '411100': ['411102', '411103', '411104', '411121'],
  '411200': ['411202', '411203', '411221', '411281'],
  '411300': ['411302', '411303', '411321', '411323', '411381'],
  '411400': ['411402', '411403', '411421', '411481'],
  '411500': ['411502', '411503', '411521', '411522'],
  '411600': ['411602', '411603', '411621', '411681'],
  '411700': ['411702', '411703', '411721', '411722'],
  '419001': ['419001'],
};

/** Provincial units (省直) sit in Zhengzhou; their staff come from all over the province. */
const PROVINCE = '410000';

function countiesOf(regionCode: string): readonly string[] {
  if (regionCode === PROVINCE) return Object.values(COUNTIES).flat();
  const counties = COUNTIES[regionCode];
  if (!counties) throw new Error(`No county codes for region ${regionCode}`);
  return counties;
}

export function randomCounty(rng: Prng, regionCode: string): string {
  return rng.pick(countiesOf(regionCode));
}

/** 籍贯 as people write it, from the city of an address code: 河南洛阳. */
export function nativePlaceOf(addressCode: string): string {
  const city = addressCode.startsWith('4190') ? '419001' : `${addressCode.slice(0, 4)}00`;
  const label = labelOf('regions', city) ?? '';
  return `河南${label.replace(/市$/, '')}`;
}
