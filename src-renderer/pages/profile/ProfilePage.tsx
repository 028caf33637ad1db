import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { unitPermissions } from '../../../src-shared/domain/unit-permissions.ts';
import type { Profile } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { ProfileForm } from './ProfileForm.tsx';

/** 个人基本信息维护: the administrator who is logged in; phone and e-mail may be changed (online). */
export function ProfilePage() {
  const navigate = useNavigate();
  const profile = useCoreData(() => api.profileGet(), 'profile');
  const [editing, setEditing] = useState(false);
  /** What the server answered to the last save, until the reloaded profile has it too. */
  const [saved, setSaved] = useState<Profile | null>(null);
  const loaded = profile.data;
  const admin = saved && (!loaded || loaded.version < saved.version) ? saved : loaded;
  return (
    <>
      <PageHeader
        title="个人基本信息维护"
        description="登录账户（身份证号码）、姓名和所属单位不能修改；手机号码和电子邮箱修改后需联网保存"
        extra={
          !editing &&
          admin && (
            <Space>
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                修改个人信息
              </Button>
              <Button onClick={() => navigate('/password')}>修改密码</Button>
            </Space>
          )
        }
      />
      {profile.error && <Alert type="error" showIcon title={profile.error} />}
      {!admin ? (
        <Skeleton active />
      ) : editing ? (
        <ProfileForm
          profile={admin}
          onCancel={() => setEditing(false)}
          onSaved={(answer) => {
            setSaved(answer);
            setEditing(false);
            profile.reload();
          }}
        />
      ) : (
        <ProfileView admin={admin} />
      )}
    </>
  );
}

function ProfileView({ admin }: { admin: Profile }) {
  return (
    <Descriptions bordered column={2} size="middle" data-testid="profile" styles={{ label: { width: 170 } }}>
      <Descriptions.Item label="姓名">
        {admin.name} {admin.waiting && <WaitingTag />}
      </Descriptions.Item>
      <Descriptions.Item label="登录账户">{admin.idNumber}</Descriptions.Item>
      <Descriptions.Item label="手机号码">{admin.phone || '—'}</Descriptions.Item>
      <Descriptions.Item label="电子邮箱">{admin.email || '—'}</Descriptions.Item>
      <Descriptions.Item label="所属单位">{admin.unitName}</Descriptions.Item>
      <Descriptions.Item label="单位代码">{admin.unitCode}</Descriptions.Item>
      <Descriptions.Item label="身份">
        {admin.role === 'admin' ? <Tag color="gold">单位管理员</Tag> : <Tag color="cyan">管理人员</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="账户状态">
        {admin.status === 'active' ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="可用功能" span={2}>
        {admin.role === 'admin'
          ? '全部功能'
          : unitPermissions
              .filter((permission) => admin.permissions.includes(permission.code))
              .map((permission) => <Tag key={permission.code}>{permission.label}</Tag>)}
      </Descriptions.Item>
    </Descriptions>
  );
}
