/*
 * DepartmentStaffPicker: tick departments in the tree and add all their approved staff (with the
 * departments below them).
 */
import { Button, Empty, Flex, Skeleton, Tree } from 'antd';
import { useMemo, useState } from 'react';
import type { StaffRow } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import {
  departmentOptions,
  useDepartmentTree,
  type DepartmentOption,
} from '../../components/department-tree.ts';

interface TreeNode {
  key: string;
  title: string;
  children: TreeNode[];
}

const toNodes = (options: DepartmentOption[]): TreeNode[] =>
  options.map((option) => ({ key: option.value, title: option.title, children: toNodes(option.children) }));

/** The ticked departments whose parent is not ticked too: each subtree is fetched once. */
function topmost(nodes: TreeNode[], ticked: Set<string>): string[] {
  return nodes.flatMap((node) => (ticked.has(node.key) ? [node.key] : topmost(node.children, ticked)));
}

export function DepartmentStaffPicker({ onAdd }: { onAdd(rows: StaffRow[]): void }) {
  const tree = useDepartmentTree();
  const nodes = useMemo(() => toNodes(departmentOptions(tree?.roots ?? [])), [tree]);
  const [ticked, setTicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    try {
      const departments = topmost(nodes, new Set(ticked));
      const pages = await Promise.all(
        departments.map((departmentId) => api.staffExportRows({ departmentId, status: 'approved' })),
      );
      onAdd(pages.flatMap((page) => page.rows));
      setTicked([]);
    } finally {
      setBusy(false);
    }
  };

  // Rendered once the tree is known, so that it opens fully expanded.
  if (!tree) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (nodes.length === 0) return <Empty description="本单位尚未设置部门" />;
  return (
    <Flex vertical gap={8}>
      <div style={{ maxHeight: 280, overflow: 'auto', border: '1px solid #f0f0f0', padding: 8 }}>
        <Tree
          checkable
          defaultExpandAll
          selectable={false}
          treeData={nodes}
          checkedKeys={ticked}
          onCheck={(keys) => setTicked((Array.isArray(keys) ? keys : keys.checked).map(String))}
          data-testid="department-staff-tree"
        />
      </div>
      <Button type="primary" ghost disabled={ticked.length === 0} loading={busy} onClick={add}>
        添加所选部门的人员
      </Button>
    </Flex>
  );
}
