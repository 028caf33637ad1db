import { createPrng } from '../../src-server/seed/prng.ts';
import { randomName } from '../../src-server/seed/chinese-names.ts';
import { recordOf, type IssuedCertificate } from '../../src-main/core/certificates/certificate-data.ts';

/** Share of people whose name has a rare character (生僻字), some of which need a fallback font. */
const RARE_SHARE = 0.02;

const UNITS = ['郑州市第一人民医院', '河南省人民医院', '洛阳市中心医院', '新乡医学院第一附属医院'];
const DEPARTMENTS = ['心血管内科', '呼吸与危重症医学科', '普外科', '儿科', '检验科', '放射科'];

/** `count` certificates of realistic people (the seed's names), deterministic. */
export function benchCertificates(count: number): IssuedCertificate[] {
  const rng = createPrng(6);
  return Array.from({ length: count }, (_, index) => {
    const rare = rng.chance(RARE_SHARE) ? index : undefined;
    const publicHours = 24 + (index % 12);
    const professionalHours = 50 + (index % 30);
    const totalHours = publicHours + professionalHours;
    const data = {
      certificateId: rng.uuid(),
      staffId: `staff-${index}`,
      year: 2025,
      number: `HN202591410100MA45ABCD1X${String(index + 1).padStart(5, '0')}`,
      verificationCode: rng.uuid().replaceAll('-', '').slice(0, 16).toUpperCase(),
      name: randomName(rng, rng.chance(0.5) ? 'male' : 'female', rare).name,
      idNumber: `41010519${String(70 + (index % 30))}0101${String(1000 + (index % 9000)).slice(-4)}`,
      unitName: UNITS[index % UNITS.length]!,
      departmentName: DEPARTMENTS[index % DEPARTMENTS.length]!,
      publicHours,
      professionalHours,
      totalHours,
      requirement: { totalHours: 90, publicMinHours: 24, professionalMinHours: 60 },
      publicMet: true,
      professionalMet: professionalHours >= 60,
      totalMet: totalHours >= 90,
      met: professionalHours >= 60 && totalHours >= 90,
      printedAt: '2026-01-05T02:00:00.000Z',
    };
    return { data, record: recordOf(data) };
  });
}

export const BENCH_SERVER_URL = 'https://ce.example.gov.cn/api/v1';
