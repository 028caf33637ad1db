import { Select } from 'antd';
import type { ReferenceData, StaffListInput, StaffRow } from '../../../src-shared/contract/index.ts';
import { PersonFilters } from '../../components/PersonFilters.tsx';
import { STAFF_STATUS } from './lib/staff-labels.ts';

export type StaffFilterValues = Pick<StaffListInput, 'search' | 'departmentId' | 'status' | 'titleLevel'>;

const STATUS_ORDER: StaffRow['status'][] = ['approved', 'left', 'pending', 'rejected', 'withdrawn'];

export interface StaffFiltersProps {
  value: StaffFilterValues;
  onChange(value: StaffFilterValues): void;
  reference: ReferenceData | undefined;
}

/** Search by name or ID number; filter by department (with its subtree), status and title level. */
export function StaffFilters({ value, onChange, reference }: StaffFiltersProps) {
  const set = (change: Partial<StaffFilterValues>) => onChange({ ...value, ...change });
  return (
    <PersonFilters value={value} onChange={onChange} searchTestId="staff-search">
      <Select
        style={{ width: 120 }}
        value={value.status ?? 'approved'}
        onChange={(status) => set({ status })}
        options={STATUS_ORDER.map((status) => ({ value: status, label: STAFF_STATUS[status].label }))}
        data-testid="staff-status"
      />
      <Select
        style={{ width: 160 }}
        allowClear
        placeholder="全部职称级别"
        value={value.titleLevel}
        onChange={(titleLevel: string | undefined) => set({ titleLevel })}
        options={(reference?.dictionaries['titleLevels'] ?? []).map((entry) => ({
          value: entry.code,
          label: entry.label,
        }))}
      />
    </PersonFilters>
  );
}
