import type { FieldValue } from '../../src-shared/domain/declaration-rules.ts';
import { checkedContent, type DeclarationContent } from './declaration-content.ts';
import type { DemoUnit } from './demo-units.ts';
import type { Prng } from './prng.ts';
import { DAY_MS, dayIn, isoDate, lastActivityDay } from './seed-calendar.ts';
import type { SectorProfile } from './sector-profiles.ts';

type UnitActivity = NonNullable<DemoUnit['activity']>;

/** The content of a training the unit organised itself and declares for its staff (其它继续教育形式申报). */
export function activityContent(
  rng: Prng,
  activity: UnitActivity,
  year: number,
  unit: { name: string; profile: SectorProfile },
): DeclarationContent {
  const day = dayIn(rng, year);
  const title = `${year}年${activity.title}`;
  const fields: Record<string, FieldValue> =
    activity.typeCode === 'public_course'
      ? {
          courseName: title,
          platform: unit.name,
          mode: 'offline',
          completionDate: isoDate(day),
          completedHours: 6,
        }
      : {
          department: unit.profile.industryDepartment,
          title,
          filingNo: `豫继备${year}${String(rng.int(0, 999)).padStart(3, '0')}`,
          startDate: isoDate(day),
          endDate: isoDate(Math.min(day + DAY_MS, lastActivityDay(year))),
          courseHours: 16,
        };
  return checkedContent({ typeCode: activity.typeCode, year, title, fields, remarks: '单位统一组织' });
}
