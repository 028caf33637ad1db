import { Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { StatusBar } from '../components/StatusBar.tsx';
import { SystemInfoPage } from '../pages/system-info/SystemInfoPage.tsx';
import { menuItems, type PageKey } from './navigation.tsx';
import { useAppInfo } from './use-app-info.ts';

const { Header, Sider, Content, Footer } = Layout;

export function AppLayout() {
  const appInfo = useAppInfo();
  const [page, setPage] = useState<PageKey>('system-info');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          河南省专业技术人员继续教育信息管理系统 · 法人单位
        </Typography.Title>
      </Header>
      <Layout>
        <Sider width={264} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[page]}
            items={menuItems}
            onClick={({ key }) => setPage(key as PageKey)}
          />
        </Sider>
        <Layout>
          <Content style={{ padding: 24 }}>
            {page === 'system-info' && <SystemInfoPage state={appInfo} />}
          </Content>
          <Footer style={{ padding: '8px 24px' }}>
            <StatusBar state={appInfo} />
          </Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
