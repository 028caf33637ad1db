import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BankOutlined,
  FileDoneOutlined,
  InfoCircleOutlined,
  KeyOutlined,
  PrinterOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';

export type PageKey = 'system-info';

type MenuItem = Required<MenuProps>['items'][number];

/** Functions of the user guide that later work fills in; shown so the officer sees the whole system. */
const notYetAvailable = (key: string, label: string, icon: ReactNode): MenuItem => ({
  key,
  label,
  icon,
  disabled: true,
  title: `${label}（建设中）`,
});

/** The left menu: the user guide's two groups, 管理员管理 and 管理功能. */
export const menuItems: MenuItem[] = [
  { key: 'system-info', label: '系统信息', icon: <InfoCircleOutlined /> },
  {
    key: 'admin',
    label: '管理员管理',
    type: 'group',
    children: [
      notYetAvailable('unit-info', '单位信息管理', <BankOutlined />),
      notYetAvailable('profile', '个人基本信息维护', <UserOutlined />),
      notYetAvailable('password', '修改密码', <KeyOutlined />),
      notYetAvailable('sub-admins', '管理人员管理', <UsergroupAddOutlined />),
      notYetAvailable('departments', '组织机构管理', <ApartmentOutlined />),
    ],
  },
  {
    key: 'work',
    label: '管理功能',
    type: 'group',
    children: [
      notYetAvailable('registrations', '审核注册账号', <AuditOutlined />),
      notYetAvailable('staff', '专业技术人员管理', <TeamOutlined />),
      notYetAvailable('declarations', '继续教育信息管理', <ProfileOutlined />),
      notYetAvailable('unit-declare-public', '其它继续教育形式申报(公需)', <SolutionOutlined />),
      notYetAvailable('unit-declare-professional', '其它继续教育形式申报(专业)', <FileDoneOutlined />),
      notYetAvailable('certificates', '证书打印', <PrinterOutlined />),
      notYetAvailable('hours', '学时统计', <BarChartOutlined />),
    ],
  },
];
