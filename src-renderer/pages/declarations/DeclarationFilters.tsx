import { DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DeclarationCountsInput, ReferenceData } from '../../../src-shared/contract/index.ts';
import { DepartmentSelect } from '../../components/DepartmentSelect.tsx';
import { CATEGORY_LABEL } from './lib/labels.ts';

/** The list's filters without the status tab; a batch over "all matching" uses exactly these. */
export type DeclarationFilterValues = DeclarationCountsInput;

export interface DeclarationFiltersProps {
  value: DeclarationFilterValues;
  onChange(value: DeclarationFilterValues): void;
  reference: ReferenceData | undefined;
}

/** The years to choose from: those the server has a requirement for, and the current one. */
function yearsOf(reference: ReferenceData | undefined): number[] {
  const years = new Set((reference?.hourRequirements ?? []).map((row) => row.year));
  years.add(new Date().getFullYear());
  return [...years].sort((a, b) => b - a);
}

export function DeclarationFilters({ value, onChange, reference }: DeclarationFiltersProps) {
  const set = (change: Partial<DeclarationFilterValues>) => onChange({ ...value, ...change });
  const range: [Dayjs, Dayjs] | null =
    value.submittedFrom && value.submittedTo
      ? [dayjs(value.submittedFrom), dayjs(value.submittedTo).subtract(1, 'day')]
      : null;
  // The short drop-downs are plain lists (virtual={false}): a virtual list measures its items again when
  // an option is chosen, which forced a layout of the re-rendering table (~40 ms a filter change).
  return (
    <Flex gap={8} wrap data-testid="declaration-filters">
      <Select
        style={{ width: 110 }}
        allowClear
        placeholder="全部年度"
        value={value.year}
        onChange={(year: number | undefined) => set({ year })}
        options={yearsOf(reference).map((year) => ({ value: year, label: `${year} 年度` }))}
        virtual={false}
        data-testid="filter-year"
      />
      <Select
        style={{ width: 200 }}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部继续教育类型"
        value={value.typeCode}
        onChange={(typeCode: string | undefined) => set({ typeCode })}
        options={(reference?.ceTypes ?? []).map((type) => ({ value: type.code, label: type.name }))}
        popupMatchSelectWidth={false}
        virtual={false}
        data-testid="filter-type"
      />
      <Select
        style={{ width: 120 }}
        allowClear
        placeholder="全部类别"
        value={value.category}
        onChange={(category: DeclarationFilterValues['category']) => set({ category })}
        options={Object.entries(CATEGORY_LABEL).map(([category, label]) => ({ value: category, label }))}
        virtual={false}
        data-testid="filter-category"
      />
      <DepartmentSelect value={value.departmentId} onChange={(departmentId) => set({ departmentId })} />
      <DatePicker.RangePicker
        style={{ width: 250 }}
        placeholder={['提交日期起', '提交日期止']}
        value={range}
        onChange={(dates) =>
          set({
            submittedFrom: dates?.[0]?.startOf('day').toISOString(),
            submittedTo: dates?.[1]?.startOf('day').add(1, 'day').toISOString(),
          })
        }
      />
      <Input.Search
        allowClear
        placeholder="姓名或身份证号码"
        style={{ width: 220 }}
        onSearch={(search) => set({ search: search.trim() || undefined })}
        data-testid="filter-search"
      />
    </Flex>
  );
}
