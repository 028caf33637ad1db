/*
 * staffRowColumns: the columns of a staff list (StaffRow) that 审核注册账号 and 专业技术人员管理 both
 * show, by name, so that each screen picks and orders its own and a person reads the same on both.
 *
 *   const column = staffRowColumns(reference);
 *   const columns: TableColumnsType<StaffRow> = [column.name, column.idNumber, …, myActionsColumn];
 */
import type { TableColumnType } from 'antd';
import type { ReferenceData, StaffRow } from '../../src-shared/contract/index.ts';
import { formatTime } from './format.ts';
import { codeLabel } from './use-reference-data.ts';

type StaffColumn = TableColumnType<StaffRow>;

export function staffRowColumns(reference: ReferenceData | undefined) {
  const coded = (title: string, dataIndex: keyof StaffRow, dictionary: string): StaffColumn => ({
    title,
    dataIndex,
    render: (code: string) => codeLabel(reference, dictionary, code),
  });
  return {
    name: { title: '姓名', dataIndex: 'name', width: 110 },
    idNumber: { title: '身份证号码', dataIndex: 'idNumber', width: 180 },
    gender: { ...coded('性别', 'gender', 'genders'), width: 60 },
    department: {
      title: '所属部门',
      dataIndex: 'departmentName',
      render: (name: string | null) => name ?? '未分配部门',
    },
    education: coded('学历', 'education', 'educations'),
    titleLevel: coded('职称级别', 'titleLevel', 'titleLevels'),
    titleName: { title: '职称名称', dataIndex: 'titleName' },
    phone: { title: '手机号码', dataIndex: 'phone', width: 120 },
    registeredAt: { title: '注册时间', dataIndex: 'registeredAt', width: 150, render: formatTime },
  } satisfies Record<string, StaffColumn>;
}
