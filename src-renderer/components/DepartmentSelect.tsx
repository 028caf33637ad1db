/*
 * DepartmentSelect: picks one department of the unit's tree (a filter covers it and everything below).
 *
 *   <DepartmentSelect value={departmentId} onChange={setDepartmentId} placeholder="全部部门" />
 *
 * The tree is loaded when the drop-down first opens (or a department is already chosen), so that a
 * screen's own list is not kept waiting behind it. While the officer searches, every branch is open:
 * the tree may arrive after the first keystroke, and a match must never hide under a closed parent.
 */
import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { departmentOptions, useDepartmentTree, type DepartmentOption } from './department-tree.ts';

export interface DepartmentSelectProps {
  value: string | undefined;
  onChange(value: string | undefined): void;
  placeholder?: string;
  allowClear?: boolean;
  width?: number | string;
  testId?: string;
}

export function DepartmentSelect({
  value,
  onChange,
  placeholder = '全部部门',
  allowClear = true,
  width = 220,
  testId,
}: DepartmentSelectProps) {
  const [opened, setOpened] = useState(false);
  const tree = useDepartmentTree(opened || value !== undefined);
  const options = useMemo(() => departmentOptions(tree?.roots ?? []), [tree]);
  const branches = useMemo(() => branchKeys(options), [options]);
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<(string | number)[]>([]);
  return (
    <TreeSelect
      style={{ width }}
      value={value}
      onChange={(next: string | undefined) => onChange(next ?? undefined)}
      treeData={options}
      treeNodeLabelProp="name"
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'name', searchValue: search, onSearch: setSearch }}
      treeExpandedKeys={search ? branches : expanded}
      onTreeExpand={setExpanded}
      loading={opened && tree === undefined}
      onOpenChange={(open) => open && setOpened(true)}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}

/** The departments that have others under them. */
function branchKeys(options: readonly DepartmentOption[]): string[] {
  return options.flatMap((option) =>
    option.children.length > 0 ? [option.value, ...branchKeys(option.children)] : [],
  );
}
