import type { ReferenceData, StaffExportInput } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { codeLabel } from '../../components/use-reference-data.ts';
import { downloadWorkbook, type SheetColumn } from '../../components/excel.ts';
import { formatTime } from '../../components/format.ts';
import { STAFF_STATUS } from './lib/staff-labels.ts';

const COLUMNS: SheetColumn[] = [
  { header: '姓名', key: 'name', width: 12 },
  { header: '身份证号码', key: 'idNumber', width: 22 },
  { header: '性别', key: 'gender', width: 8 },
  { header: '所属部门', key: 'department', width: 24 },
  { header: '学历', key: 'education', width: 12 },
  { header: '职称级别', key: 'titleLevel', width: 14 },
  { header: '职称名称', key: 'titleName', width: 16 },
  { header: '手机号码', key: 'phone', width: 14 },
  { header: '状态', key: 'status', width: 10 },
  { header: '注册时间', key: 'registeredAt', width: 18 },
];

/** Writes every person matching the filters to 专业技术人员名单.xlsx; answers how many, and if cut short. */
export async function exportStaff(
  filters: StaffExportInput,
  reference: ReferenceData | undefined,
): Promise<{ rows: number; truncated: boolean }> {
  const { rows, truncated } = await api.staffExportRows(filters);
  await downloadWorkbook(
    '专业技术人员名单.xlsx',
    '专业技术人员',
    COLUMNS,
    rows.map((row) => ({
      name: row.name,
      idNumber: row.idNumber,
      gender: codeLabel(reference, 'genders', row.gender),
      department: row.departmentName ?? '未分配部门',
      education: codeLabel(reference, 'educations', row.education),
      titleLevel: codeLabel(reference, 'titleLevels', row.titleLevel),
      titleName: row.titleName,
      phone: row.phone,
      status: STAFF_STATUS[row.status].label,
      registeredAt: formatTime(row.registeredAt),
    })),
  );
  return { rows: rows.length, truncated };
}
