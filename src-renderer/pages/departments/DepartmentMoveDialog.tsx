import { Form, Modal, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import type { DepartmentNode } from '../../../src-shared/contract/index.ts';
import { messageOf } from '../../components/error-message.ts';
import { subtreeIds } from './department-nodes.ts';

const TOP = '__top__';

interface TargetOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: TargetOption[];
}

function targetOptions(nodes: readonly DepartmentNode[], excluded: Set<string>): TargetOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: excluded.has(node.id),
    children: excluded.has(node.id) ? [] : targetOptions(node.children, excluded),
  }));
}

export interface DepartmentMoveDialogProps {
  department: DepartmentNode | null;
  currentParentId: string | null;
  roots: readonly DepartmentNode[];
  onSubmit(parentId: string | null): Promise<unknown>;
  onClose(): void;
}

/** 移动到…: a new parent for a department, never itself or one below it. */
export function DepartmentMoveDialog({
  department,
  currentParentId,
  roots,
  onSubmit,
  onClose,
}: DepartmentMoveDialogProps) {
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = useMemo(
    () =>
      department
        ? [
            { value: TOP, title: '（作为顶级部门）', children: [] },
            ...targetOptions(roots, subtreeIds(department)),
          ]
        : [],
    [department, roots],
  );
  const chosen = target === undefined ? undefined : target === TOP ? null : target;

  const submit = async () => {
    if (chosen === undefined) return setProblem('请选择新的上级部门');
    if (chosen === currentParentId) return setProblem('已在该部门之下');
    setBusy(true);
    try {
      await onSubmit(chosen);
      setTarget(undefined);
      onClose();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={department !== null}
      title={`移动部门：${department?.name ?? ''}`}
      okText="移动"
      onOk={() => void submit()}
      okButtonProps={{ loading: busy }}
      onCancel={() => {
        setTarget(undefined);
        setProblem(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="移动到" validateStatus={problem ? 'error' : undefined} help={problem}>
          <TreeSelect
            value={target}
            onChange={(value: string) => {
              setTarget(value);
              setProblem(null);
            }}
            treeData={options}
            treeDefaultExpandAll
            showSearch={{ treeNodeFilterProp: 'title' }}
            placeholder="选择新的上级部门"
            data-testid="move-target"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
