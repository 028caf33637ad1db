import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { DepartmentNode } from '../../../src-shared/contract/index.ts';
import { deleteBlocker } from './department-nodes.ts';

export type DepartmentAction = 'add' | 'rename' | 'move' | 'delete';

/** The menu of one department: the same on its ⋯ button, its right click and the details panel. */
export function departmentMenu(
  node: DepartmentNode,
  onAction: (action: DepartmentAction) => void,
): MenuProps {
  const blocker = deleteBlocker(node);
  return {
    items: [
      { key: 'add', icon: <PlusOutlined />, label: '新增下级部门' },
      { key: 'rename', icon: <EditOutlined />, label: '重命名' },
      { key: 'move', icon: <DragOutlined />, label: '移动到…' },
      { type: 'divider' },
      {
        key: 'delete',
        icon: <DeleteOutlined />,
        label: blocker ? `删除（${blocker}）` : '删除',
        danger: true,
        disabled: blocker !== null,
      },
    ],
    onClick: ({ key, domEvent }) => {
      domEvent.stopPropagation();
      onAction(key as DepartmentAction);
    },
  };
}
