import {
  BankOutlined,
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  SettingOutlined,
  SwapOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Avatar, Dropdown, Layout, Space, Tag, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Session } from '../../src-shared/contract/index.ts';
import { messageOf } from '../components/error-message.ts';
import { AccountSwitchDialog } from './AccountSwitchDialog.tsx';
import { useSessionContext } from './session-context.ts';
import { useSync } from './sync-context.ts';

/** The top bar: the system's name, the unit, and the administrator's menu (switch account, log out). */
export function AppHeader({ session }: { session: Session }) {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const { logOut } = useSessionContext();
  const sync = useSync();
  const [switching, setSwitching] = useState(false);

  const confirmLogOut = () => {
    const waiting = sync.state?.waiting ?? 0;
    modal.confirm({
      title: '退出登录',
      content:
        waiting > 0
          ? `还有 ${waiting} 项操作待同步，它们保存在本机，下次登录此账户后会继续同步。确定退出吗？`
          : '确定退出登录吗？',
      okText: '退出',
      cancelText: '取消',
      onOk: () => logOut().catch((error: unknown) => message.error(messageOf(error))),
    });
  };

  const items: MenuProps['items'] = [
    { key: 'profile', icon: <UserOutlined />, label: '个人基本信息', onClick: () => navigate('/profile') },
    { key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: () => navigate('/password') },
    { key: 'settings', icon: <SettingOutlined />, label: '设置', onClick: () => navigate('/settings') },
    { type: 'divider' },
    { key: 'switch', icon: <SwapOutlined />, label: '切换账户', onClick: () => setSwitching(true) },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true, onClick: confirmLogOut },
  ];

  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 20 }}>
      <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
        河南省专业技术人员继续教育信息管理系统
      </Typography.Title>
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        法人单位
      </Tag>
      <span style={{ flex: 1 }} />
      <Space style={{ color: '#fff' }} data-testid="header-unit">
        <BankOutlined />
        {session.unit.name}
      </Space>
      {session.mode === 'offline' && <Tag color="orange">离线登录</Tag>}
      <Dropdown menu={{ items }} trigger={['click']}>
        <Space style={{ color: '#fff', cursor: 'pointer' }} data-testid="user-menu">
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#4a8ad4' }} />
          {session.admin.name}
          <Tag color={session.admin.role === 'admin' ? 'gold' : 'cyan'} style={{ marginInlineEnd: 0 }}>
            {session.admin.role === 'admin' ? '管理员' : '管理人员'}
          </Tag>
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </Dropdown>
      <AccountSwitchDialog open={switching} current={session} onClose={() => setSwitching(false)} />
    </Layout.Header>
  );
}
