import { Alert, Button, Descriptions, Skeleton, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { unitPermissions } from '../../../src-shared/domain/unit-permissions.ts';
import { api } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';

/** 个人基本信息维护: the administrator who is logged in. */
export function ProfilePage() {
  const navigate = useNavigate();
  const profile = useCoreData(() => api.profileGet(), 'profile');
  const admin = profile.data;
  return (
    <>
      <PageHeader
        title="个人基本信息维护"
        description="登录账户（身份证号码）和所属单位不能修改"
        extra={<Button onClick={() => navigate('/password')}>修改密码</Button>}
      />
      {profile.error && <Alert type="error" showIcon title={profile.error} />}
      {!admin ? (
        <Skeleton active />
      ) : (
        <Descriptions
          bordered
          column={2}
          size="middle"
          data-testid="profile"
          styles={{ label: { width: 170 } }}
        >
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
      )}
    </>
  );
}
