import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Tag, Tooltip, Tree, type TreeDataNode, type TreeProps } from 'antd';
import type { DepartmentNode } from '../../../src-shared/contract/index.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { departmentMenu, type DepartmentAction } from './department-actions.tsx';

export interface DepartmentTreeProps {
  roots: readonly DepartmentNode[];
  selectedId: string | null;
  expandedIds: string[];
  onExpand(ids: string[]): void;
  onSelect(id: string | null): void;
  onAction(action: DepartmentAction, node: DepartmentNode): void;
  /** A department dropped under a parent (null: the top level), maybe the one it already has. */
  onDragMove(node: DepartmentNode, parentId: string | null): void;
  parentOf(id: string): DepartmentNode | null;
}

/**
 * The department tree: staff per node, 待同步 on nodes changed here and not yet synced, a menu per
 * node, and moving by drag and drop.
 */
export function DepartmentTree({
  roots,
  selectedId,
  expandedIds,
  onExpand,
  onSelect,
  onAction,
  onDragMove,
  parentOf,
}: DepartmentTreeProps) {
  const byKey = new Map<string, DepartmentNode>();
  const toData = (nodes: readonly DepartmentNode[]): TreeDataNode[] =>
    nodes.map((node) => {
      byKey.set(node.id, node);
      const menu = departmentMenu(node, (action) => onAction(action, node));
      return {
        key: node.id,
        title: (
          <Dropdown menu={menu} trigger={['contextMenu']}>
            <Flex align="center" gap={8} className="department-node" data-testid="department-node">
              <span className="department-name">{node.name}</span>
              {node.waiting && <WaitingTag />}
              <Tooltip title={`本部门 ${node.directStaff} 人，含下级共 ${node.subtreeStaff} 人`}>
                <Tag color={node.subtreeStaff > 0 ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {node.subtreeStaff} 人
                </Tag>
              </Tooltip>
              <Dropdown menu={menu} trigger={['click']}>
                <Button
                  type="text"
                  size="small"
                  icon={<MoreOutlined />}
                  aria-label={`${node.name}的操作`}
                  onClick={(event) => event.stopPropagation()}
                />
              </Dropdown>
            </Flex>
          </Dropdown>
        ),
        children: toData(node.children),
      };
    });
  const treeData = toData(roots);

  const onDrop: TreeProps['onDrop'] = (info) => {
    const dragged = byKey.get(String(info.dragNode.key));
    const target = byKey.get(String(info.node.key));
    if (!dragged || !target) return;
    onDragMove(dragged, info.dropToGap ? (parentOf(target.id)?.id ?? null) : target.id);
  };

  return (
    <Tree
      blockNode
      draggable={{ icon: false }}
      showLine
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      expandedKeys={expandedIds}
      onExpand={(keys) => onExpand(keys.map(String))}
      onSelect={(keys) => onSelect(keys[0] === undefined ? null : String(keys[0]))}
      onDrop={onDrop}
      data-testid="department-tree"
    />
  );
}
