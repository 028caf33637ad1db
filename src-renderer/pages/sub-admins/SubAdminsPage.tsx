import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Admin } from '../../../src-shared/contract/index.ts';
import { maskResidentId } from '../../../src-shared/domain/resident-id.ts';
import { api } from '../../api.ts';
import { useSync } from '../../app/sync-context.ts';
import { messageOf } from '../../components/error-message.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { PermissionTags } from './PermissionTags.tsx';
import { SubAdminDialog } from './SubAdminDialog.tsx';

type Dialog = { open: false } | { open: true; editing: Admin | null };

/** The fixed columns (850 px) and room for a line of two permission tags. */
const TABLE_MIN_WIDTH = 1000;

/** 管理人员管理: the unit's sub-administrators and what each may do. */
export function SubAdminsPage() {
  const { message } = App.useApp();
  const sync = useSync();
  const admins = useCoreData(() => api.subAdminsList(), 'sub-admins');
  const [dialog, setDialog] = useState<Dialog>({ open: false });

  const decided = () => {
    admins.reload();
    sync.refresh();
  };
  const run = async (work: Promise<unknown>, done: string) => {
    try {
      await work;
      message.success(done);
      decided();
    } catch (error) {
      message.error(messageOf(error));
    }
  };

  const columns: TableColumnsType<Admin> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 150,
      render: (name: string, admin) => (
        <Space size={4}>
          {name}
          {admin.waiting && <WaitingTag />}
        </Space>
      ),
    },
    {
      title: '登录账户',
      dataIndex: 'idNumber',
      width: 170,
      render: (value: string) => maskResidentId(value),
    },
    { title: '手机号码', dataIndex: 'phone', width: 120 },
    { title: '电子邮箱', dataIndex: 'email', width: 200, ellipsis: true },
    {
      title: '可使用的功能',
      dataIndex: 'permissions',
      render: (permissions: string[], admin) =>
        admin.role === 'admin' ? (
          <Tag color="gold">单位管理员 · 全部功能</Tag>
        ) : (
          <PermissionTags permissions={permissions} />
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (status: Admin['status'], admin) =>
        admin.role === 'admin' ? (
          <Tag color="green">启用</Tag>
        ) : (
          <Switch
            checked={status === 'active'}
            checkedChildren="启用"
            unCheckedChildren="停用"
            onChange={(active) =>
              void run(
                api.subAdminsUpdate({ adminId: admin.id, status: active ? 'active' : 'disabled' }),
                active ? '已启用' : '已停用，其登录将在同步后失效',
              )
            }
          />
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, admin) =>
        admin.role === 'sub' && (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setDialog({ open: true, editing: admin })}>
              修改
            </Button>
            <Popconfirm
              title={`删除管理人员“${admin.name}”？`}
              description="删除后其账户不能再登录"
              okText="删除"
              okButtonProps={{ danger: true }}
              onConfirm={() => run(api.subAdminsDelete({ adminId: admin.id }), '已删除')}
            >
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="管理人员管理"
        description="管理人员使用各自的身份证号码登录，只能使用为其勾选的功能"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ open: true, editing: null })}
          >
            新增管理人员
          </Button>
        }
      />
      {admins.error && <Alert type="error" showIcon title={admins.error} style={{ marginBottom: 12 }} />}
      <Table<Admin>
        rowKey="id"
        bordered
        size="middle"
        loading={admins.loading && !admins.data}
        dataSource={admins.data ?? []}
        columns={columns}
        // The functions take the room left over; below this width the table scrolls inside its card,
        // its actions kept in view, instead of running out of it.
        scroll={{ x: TABLE_MIN_WIDTH }}
        pagination={false}
        data-testid="sub-admins-table"
      />
      <SubAdminDialog
        open={dialog.open}
        editing={dialog.open ? dialog.editing : null}
        onClose={() => setDialog({ open: false })}
        onSaved={decided}
      />
    </>
  );
}
