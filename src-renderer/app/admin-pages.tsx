import {
  ApartmentOutlined,
  BankOutlined,
  KeyOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { DepartmentsPage } from '../pages/departments/DepartmentsPage.tsx';
import { PasswordPage } from '../pages/password/PasswordPage.tsx';
import { ProfilePage } from '../pages/profile/ProfilePage.tsx';
import { SubAdminsPage } from '../pages/sub-admins/SubAdminsPage.tsx';
import { UnitInfoPage } from '../pages/unit-info/UnitInfoPage.tsx';
import type { PageDefinition } from './page-definition.ts';

/** The 管理员管理 screens, in the user guide's order. */
export const adminPages: PageDefinition[] = [
  {
    key: 'unit-info',
    label: '单位信息管理',
    group: 'admin',
    icon: <BankOutlined />,
    component: UnitInfoPage,
    permission: 'unitInfo',
  },
  {
    key: 'profile',
    label: '个人基本信息维护',
    group: 'admin',
    icon: <UserOutlined />,
    component: ProfilePage,
  },
  { key: 'password', label: '修改密码', group: 'admin', icon: <KeyOutlined />, component: PasswordPage },
  {
    key: 'sub-admins',
    label: '管理人员管理',
    group: 'admin',
    icon: <UsergroupAddOutlined />,
    component: SubAdminsPage,
    mainAdminOnly: true,
  },
  {
    key: 'departments',
    label: '组织机构管理',
    group: 'admin',
    icon: <ApartmentOutlined />,
    component: DepartmentsPage,
    permission: 'departments',
  },
];
