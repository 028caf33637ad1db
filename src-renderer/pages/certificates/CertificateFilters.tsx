import { CloseCircleOutlined } from '@ant-design/icons';
import { Flex, Input, Segmented, Select, Tag } from 'antd';
import type { StaffRow } from '../../../src-shared/contract/index.ts';
import { DepartmentSelect } from '../../components/DepartmentSelect.tsx';
import { ImportStaffListButton } from '../../components/ImportStaffListButton.tsx';

export interface CertificateFilterValues {
  year: number;
  departmentId?: string;
  met?: boolean;
  /** People chosen from an Excel list. */
  staffIds?: string[];
  /** Part of a name, looked for among the listed people (on this screen, not by the core). */
  name?: string;
}

const MET_OPTIONS = [
  { value: 'all', label: '全部' },
  { value: 'met', label: '已达标' },
  { value: 'notMet', label: '未达标' },
];

export interface CertificateFiltersProps {
  value: CertificateFilterValues;
  years: number[];
  onChange(value: CertificateFilterValues): void;
}

/** Whose certificates: a year, then a department, completion status, people from an Excel list, or a name. */
export function CertificateFilters({ value, years, onChange }: CertificateFiltersProps) {
  const set = (change: Partial<CertificateFilterValues>) => onChange({ ...value, ...change });
  return (
    <Flex gap={8} wrap align="center" data-testid="certificate-filters">
      <Select
        style={{ width: 120 }}
        value={value.year}
        onChange={(year: number) => set({ year })}
        options={years.map((year) => ({ value: year, label: `${year} 年度` }))}
        data-testid="certificate-year"
      />
      <DepartmentSelect value={value.departmentId} onChange={(departmentId) => set({ departmentId })} />
      <Segmented
        value={value.met === undefined ? 'all' : value.met ? 'met' : 'notMet'}
        onChange={(choice) => set({ met: choice === 'all' ? undefined : choice === 'met' })}
        options={MET_OPTIONS}
      />
      <ImportStaffListButton
        label="按 Excel 名单选择"
        onFound={(rows: StaffRow[]) =>
          set({ staffIds: rows.length > 0 ? rows.map((row) => row.id) : undefined })
        }
      />
      <Input.Search
        style={{ width: 180 }}
        allowClear
        placeholder="按姓名查找"
        defaultValue={value.name}
        onSearch={(name) => set({ name: name.trim() || undefined })}
        data-testid="certificate-name-search"
      />
      {value.staffIds && (
        <Tag
          closable
          closeIcon={<CloseCircleOutlined />}
          onClose={() => set({ staffIds: undefined })}
          color="blue"
        >
          名单中的 {value.staffIds.length} 人
        </Tag>
      )}
    </Flex>
  );
}
