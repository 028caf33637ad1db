import { Layout, Menu } from 'antd';
import { useMemo } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { Session } from '../../src-shared/contract/index.ts';
import { StatusBar } from '../components/StatusBar.tsx';
import { SettingsPage } from '../pages/settings/SettingsPage.tsx';
import { AppHeader } from './AppHeader.tsx';
import { menuItemsFor, pagesFor } from './navigation.tsx';
import { useAppInfo } from './use-app-info.ts';

const { Sider, Content, Footer } = Layout;

/** The console: header, the left menu of the screens this administrator may use, and the status bar. */
export function AppLayout({ session }: { session: Session }) {
  const appInfo = useAppInfo();
  const navigate = useNavigate();
  const location = useLocation();
  const pages = useMemo(() => pagesFor(session), [session]);
  const menuItems = useMemo(() => menuItemsFor(pages), [pages]);
  const current = location.pathname.split('/')[1] ?? '';
  const home = pages[0] ? `/${pages[0].key}` : '/settings';
  return (
    <Layout style={{ height: '100vh' }}>
      <AppHeader session={session} />
      <Layout>
        <Sider width={272} theme="light" style={{ overflow: 'auto', borderRight: '1px solid #f0f0f0' }}>
          <Menu
            mode="inline"
            selectedKeys={[current]}
            items={menuItems}
            onClick={({ key }) => navigate(`/${key}`)}
            style={{ borderInlineEnd: 'none' }}
          />
        </Sider>
        <Layout>
          <Content style={{ padding: 16, overflow: 'auto' }}>
            <div className="page-body">
              <Routes>
                {pages.map((page) => (
                  <Route key={page.key} path={`/${page.key}/*`} element={<page.component />} />
                ))}
                <Route path="/settings" element={<SettingsPage />} />
                <Route path="*" element={<Navigate to={home} replace />} />
              </Routes>
            </div>
          </Content>
          <Footer style={{ padding: '6px 16px', borderTop: '1px solid #e8e8e8', background: '#fafafa' }}>
            <StatusBar appInfo={appInfo} />
          </Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
