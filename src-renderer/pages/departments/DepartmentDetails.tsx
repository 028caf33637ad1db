import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Flex, Tooltip } from 'antd';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import type { DepartmentAction } from './department-actions.tsx';
import { deleteBlocker, type PlacedDepartment } from './department-nodes.ts';

export interface DepartmentDetailsProps {
  placed: PlacedDepartment | null;
  onAction(action: DepartmentAction): void;
}

/** The chosen department: where it sits, its staff, and what can be done with it. */
export function DepartmentDetails({ placed, onAction }: DepartmentDetailsProps) {
  if (!placed) return <Empty description="请在左侧选择一个部门" />;
  const { node, parent, path } = placed;
  const blocker = deleteBlocker(node);
  return (
    <Flex vertical gap={16} data-testid="department-details">
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 120 } }}>
        <Descriptions.Item label="部门名称">
          {node.name} {node.waiting && <WaitingTag />}
        </Descriptions.Item>
        <Descriptions.Item label="上级部门">{parent?.name ?? '（顶级部门）'}</Descriptions.Item>
        <Descriptions.Item label="部门路径">{path.join(' / ')}</Descriptions.Item>
        <Descriptions.Item label="本部门人员">{node.directStaff} 人</Descriptions.Item>
        <Descriptions.Item label="含下级人员">{node.subtreeStaff} 人</Descriptions.Item>
        <Descriptions.Item label="下级部门">{node.children.length} 个</Descriptions.Item>
      </Descriptions>
      <Flex gap={8} wrap>
        <Button icon={<PlusOutlined />} onClick={() => onAction('add')}>
          新增下级
        </Button>
        <Button icon={<EditOutlined />} onClick={() => onAction('rename')}>
          重命名
        </Button>
        <Button icon={<DragOutlined />} onClick={() => onAction('move')}>
          移动
        </Button>
        <Tooltip title={blocker}>
          <Button
            danger
            icon={<DeleteOutlined />}
            disabled={blocker !== null}
            onClick={() => onAction('delete')}
          >
            删除
          </Button>
        </Tooltip>
      </Flex>
    </Flex>
  );
}
