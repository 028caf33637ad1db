import { downloadWorkbook } from '../../components/excel.ts';
import { metRate, type CompletionRow } from './completion-rows.ts';

function flatten(rows: CompletionRow[], depth = 0): { row: CompletionRow; depth: number }[] {
  return rows.flatMap((row) => [{ row, depth }, ...flatten(row.children ?? [], depth + 1)]);
}

/** The completion table, departments indented under their parents, as 学时统计-<year>.xlsx. */
export function exportCompletion(year: number, rows: CompletionRow[]): Promise<void> {
  return downloadWorkbook(
    `学时统计-${year}年度.xlsx`,
    `${year}年度`,
    [
      { header: '部门', key: 'name', width: 36 },
      { header: '人数', key: 'staff', width: 8 },
      { header: '达标', key: 'met', width: 8 },
      { header: '未达标', key: 'notMet', width: 8 },
      { header: '达标率', key: 'rate', width: 10 },
      { header: '公需科目达标', key: 'publicMet', width: 14 },
      { header: '专业科目达标', key: 'professionalMet', width: 14 },
      { header: '总学时达标', key: 'totalMet', width: 12 },
    ],
    flatten(rows).map(({ row, depth }) => ({
      name: `${'\u3000'.repeat(depth)}${row.name}`,
      staff: row.staff,
      met: row.met,
      notMet: row.notMet,
      rate: metRate(row),
      publicMet: row.publicMet,
      professionalMet: row.professionalMet,
      totalMet: row.totalMet,
    })),
  );
}
