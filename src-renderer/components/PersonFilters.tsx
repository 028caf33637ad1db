/*
 * PersonFilters: the search by 姓名 or 身份证号码 and the department (with its subtree) that the staff
 * lists filter by; a screen's own filters follow as children.
 *
 *   <PersonFilters value={filters} onChange={setFilters} searchTestId="staff-search">
 *     <Select … />
 *   </PersonFilters>
 */
import { Flex, Input } from 'antd';
import type { ReactNode } from 'react';
import { DepartmentSelect } from './DepartmentSelect.tsx';

export interface PersonFilterValues {
  search?: string;
  departmentId?: string;
}

export interface PersonFiltersProps<Values extends PersonFilterValues> {
  value: Values;
  onChange(value: Values): void;
  searchTestId?: string;
  children?: ReactNode;
}

export function PersonFilters<Values extends PersonFilterValues>({
  value,
  onChange,
  searchTestId,
  children,
}: PersonFiltersProps<Values>) {
  return (
    <Flex gap={8} wrap>
      <Input.Search
        allowClear
        placeholder="姓名或身份证号码"
        style={{ width: 240 }}
        onSearch={(search) => onChange({ ...value, search: search.trim() || undefined })}
        data-testid={searchTestId}
      />
      <DepartmentSelect
        value={value.departmentId}
        onChange={(departmentId) => onChange({ ...value, departmentId })}
      />
      {children}
    </Flex>
  );
}
