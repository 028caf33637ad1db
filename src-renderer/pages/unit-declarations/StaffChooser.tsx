/*
 * StaffChooser: the people an activity is declared for, chosen from the department tree, a search, or an
 * Excel list of ID numbers, in any mix; each person counts once.
 */
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import type { StaffRow } from '../../../src-shared/contract/index.ts';
import { ImportStaffListButton } from '../../components/ImportStaffListButton.tsx';
import { ChosenStaffTable } from './ChosenStaffTable.tsx';
import { DepartmentStaffPicker } from './DepartmentStaffPicker.tsx';
import { StaffSearchPicker } from './StaffSearchPicker.tsx';

export interface StaffChooserProps {
  chosen: StaffRow[];
  onChange(rows: StaffRow[]): void;
}

export function StaffChooser({ chosen, onChange }: StaffChooserProps) {
  const add = (rows: StaffRow[]) => {
    const known = new Set(chosen.map((row) => row.id));
    onChange([...chosen, ...rows.filter((row) => !known.has(row.id) && known.add(row.id))]);
  };
  return (
    <Card
      size="small"
      title={
        <span data-testid="chosen-count">
          申报人员：已选 <Typography.Text strong>{chosen.length}</Typography.Text> 人
        </span>
      }
      extra={
        chosen.length > 0 && (
          <Button type="link" size="small" onClick={() => onChange([])}>
            清空
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Tabs
          size="small"
          items={[
            { key: 'tree', label: '按部门选择', children: <DepartmentStaffPicker onAdd={add} /> },
            { key: 'search', label: '查找人员', children: <StaffSearchPicker onAdd={add} /> },
            {
              key: 'excel',
              label: 'Excel 名单',
              children: (
                <Flex vertical gap={8} align="flex-start">
                  <Typography.Text type="secondary">
                    上传 .xlsx 名单，系统按其中的身份证号码选择本单位已审核的人员。
                  </Typography.Text>
                  <ImportStaffListButton onFound={add} label="上传 Excel 名单" />
                </Flex>
              ),
            },
          ]}
        />
        <ChosenStaffTable rows={chosen} onRemove={(id) => onChange(chosen.filter((row) => row.id !== id))} />
      </Flex>
    </Card>
  );
}
