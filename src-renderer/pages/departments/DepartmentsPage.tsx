import { NodeCollapseOutlined, NodeExpandOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { DepartmentNode } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { useSync } from '../../app/sync-context.ts';
import { messageOf } from '../../components/error-message.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import type { DepartmentAction } from './department-actions.tsx';
import { placeDepartments, siblingHasName } from './department-nodes.ts';
import { DepartmentDetails } from './DepartmentDetails.tsx';
import { DepartmentMoveDialog } from './DepartmentMoveDialog.tsx';
import { DepartmentNameDialog } from './DepartmentNameDialog.tsx';
import { DepartmentTree } from './DepartmentTree.tsx';

type Naming =
  { mode: 'add'; parent: DepartmentNode | null } | { mode: 'rename'; node: DepartmentNode } | null;

const SAVED = '，将在同步后提交到服务器';

/** 组织机构管理: the unit's department tree with staff counts; add, rename, move and delete. */
export function DepartmentsPage() {
  const { message, modal } = App.useApp();
  const sync = useSync();
  const tree = useCoreData(() => api.departmentsTree(), 'departments');
  const roots = useMemo(() => tree.data?.roots ?? [], [tree.data]);
  const placed = useMemo(() => placeDepartments(roots), [roots]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [naming, setNaming] = useState<Naming>(null);
  const [moving, setMoving] = useState<DepartmentNode | null>(null);
  const expandedIds = expanded ?? roots.map((node) => node.id);
  const parentOf = (id: string) => placed.get(id)?.parent ?? null;

  const decided = (text: string) => {
    message.success(text + SAVED);
    tree.reload();
    sync.refresh();
  };

  const move = async (node: DepartmentNode, parentId: string | null) => {
    await api.departmentsMove({ departmentId: node.id, parentId });
    if (parentId) setExpanded([...new Set([...expandedIds, parentId])]);
    decided(`已移动“${node.name}”`);
  };

  const confirmDragMove = (node: DepartmentNode, parentId: string | null) => {
    if ((parentOf(node.id)?.id ?? null) === parentId)
      return void message.info('同级部门的顺序不能调整；要改变上级部门，请拖到目标部门上并略向右移后松开');
    const target = parentId ? `“${placed.get(parentId)?.node.name ?? ''}”之下` : '顶级';
    modal.confirm({
      title: '移动部门',
      content: `将“${node.name}”移动到${target}？`,
      okText: '移动',
      cancelText: '取消',
      onOk: () => move(node, parentId).catch((error: unknown) => message.error(messageOf(error))),
    });
  };

  const remove = (node: DepartmentNode) =>
    modal.confirm({
      title: '删除部门',
      content: `确定删除“${node.name}”吗？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.departmentsDelete({ departmentId: node.id });
          if (selectedId === node.id) setSelectedId(null);
          decided(`已删除“${node.name}”`);
        } catch (error) {
          message.error(messageOf(error));
        }
      },
    });

  const act = (action: DepartmentAction, node: DepartmentNode) => {
    setSelectedId(node.id);
    if (action === 'add') setNaming({ mode: 'add', parent: node });
    else if (action === 'rename') setNaming({ mode: 'rename', node });
    else if (action === 'move') setMoving(node);
    else remove(node);
  };

  const submitName = async (name: string) => {
    if (!naming) return;
    if (naming.mode === 'rename') {
      await api.departmentsRename({ departmentId: naming.node.id, name });
      return decided(`已将“${naming.node.name}”改名为“${name}”`);
    }
    const created = await api.departmentsCreate({ parentId: naming.parent?.id ?? null, name });
    if (naming.parent) setExpanded([...new Set([...expandedIds, naming.parent.id])]);
    setSelectedId(created.id);
    decided(`已新增“${name}”`);
  };

  const namingParent = naming?.mode === 'add' ? naming.parent : naming ? parentOf(naming.node.id) : null;
  const selected = selectedId ? (placed.get(selectedId) ?? null) : null;
  return (
    <>
      <PageHeader
        title="组织机构管理"
        description="拖到目标部门上并略向右移后松开，即成为其下级部门；右键或点击“⋯”打开部门菜单；只有没有人员和下级部门的部门可以删除"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setNaming({ mode: 'add', parent: null })}
          >
            新增顶级部门
          </Button>
        }
      />
      {tree.error && <Alert type="error" showIcon title={tree.error} style={{ marginBottom: 12 }} />}
      <Row gutter={16}>
        <Col span={14}>
          <Card
            size="small"
            title="部门结构"
            extra={
              <Space>
                <Button
                  size="small"
                  icon={<NodeExpandOutlined />}
                  onClick={() => setExpanded([...placed.keys()])}
                >
                  全部展开
                </Button>
                <Button size="small" icon={<NodeCollapseOutlined />} onClick={() => setExpanded([])}>
                  全部收起
                </Button>
              </Space>
            }
          >
            {!tree.data ? (
              <Skeleton active />
            ) : roots.length === 0 ? (
              <Empty description="还没有部门，请先新增顶级部门" />
            ) : (
              <DepartmentTree
                roots={roots}
                selectedId={selectedId}
                expandedIds={expandedIds}
                onExpand={setExpanded}
                onSelect={setSelectedId}
                onAction={act}
                onDragMove={confirmDragMove}
                parentOf={parentOf}
              />
            )}
            {tree.data && (
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
                未分配部门的人员：{tree.data.unassignedStaff} 人
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col span={10}>
          <Card size="small" title="部门信息">
            <DepartmentDetails
              placed={selected}
              onAction={(action) => selected && act(action, selected.node)}
            />
          </Card>
        </Col>
      </Row>
      <DepartmentNameDialog
        open={naming !== null}
        title={naming?.mode === 'rename' ? '重命名部门' : '新增部门'}
        initialName={naming?.mode === 'rename' ? naming.node.name : ''}
        hint={`上级部门：${namingParent?.name ?? '（顶级部门）'}`}
        taken={(name) => siblingHasName(roots, namingParent, name)}
        onSubmit={submitName}
        onClose={() => setNaming(null)}
      />
      <DepartmentMoveDialog
        department={moving}
        currentParentId={moving ? (parentOf(moving.id)?.id ?? null) : null}
        roots={roots}
        onSubmit={(parentId) => (moving ? move(moving, parentId) : Promise.resolve())}
        onClose={() => setMoving(null)}
      />
    </>
  );
}
