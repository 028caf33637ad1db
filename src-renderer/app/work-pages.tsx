import {
  AuditOutlined,
  BarChartOutlined,
  FileDoneOutlined,
  PrinterOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Skeleton } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';
import { CertificatesPage } from '../pages/certificates/CertificatesPage.tsx';
import { DeclarationsPage } from '../pages/declarations/DeclarationsPage.tsx';
import { RegistrationsPage } from '../pages/registrations/RegistrationsPage.tsx';
import { StaffPage } from '../pages/staff/StaffPage.tsx';
import {
  ProfessionalUnitDeclarationPage,
  PublicUnitDeclarationPage,
} from '../pages/unit-declarations/unit-declaration-pages.tsx';
import type { PageDefinition } from './page-definition.ts';

/** A screen whose code (and large libraries, such as ECharts) loads when it is first opened. */
function lazyPage(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(load);
  return function LazyPage() {
    return (
      <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>
        <Page />
      </Suspense>
    );
  };
}

const HoursPage = lazyPage(() =>
  import('../pages/hours/HoursPage.tsx').then((m) => ({ default: m.HoursPage })),
);

/** The 管理功能 screens, in the user guide's order. */
export const workPages: PageDefinition[] = [
  {
    key: 'registrations',
    label: '审核注册账号',
    group: 'work',
    icon: <AuditOutlined />,
    component: RegistrationsPage,
    permission: 'registrations',
  },
  {
    key: 'staff',
    label: '专业技术人员管理',
    group: 'work',
    icon: <TeamOutlined />,
    component: StaffPage,
    permission: 'staff',
  },
  {
    key: 'declarations',
    label: '继续教育信息管理',
    group: 'work',
    icon: <ProfileOutlined />,
    component: DeclarationsPage,
    permission: 'declarations',
  },
  {
    key: 'unit-declarations-public',
    label: '其它继续教育形式申报(公需)',
    group: 'work',
    icon: <SolutionOutlined />,
    component: PublicUnitDeclarationPage,
    permission: 'unitDeclarations',
  },
  {
    key: 'unit-declarations-professional',
    label: '其它继续教育形式申报(专业)',
    group: 'work',
    icon: <FileDoneOutlined />,
    component: ProfessionalUnitDeclarationPage,
    permission: 'unitDeclarations',
  },
  {
    key: 'certificates',
    label: '证书打印',
    group: 'work',
    icon: <PrinterOutlined />,
    component: CertificatesPage,
    permission: 'certificates',
  },
  {
    key: 'hours',
    label: '学时统计',
    group: 'work',
    icon: <BarChartOutlined />,
    component: HoursPage,
    permission: 'certificates',
  },
];
