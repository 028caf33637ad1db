import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** The frame of the screens before log-in (registration, settings): a title bar and a way back. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }}>
          河南省专业技术人员继续教育信息管理系统
        </Typography.Title>
        <Button ghost icon={<ArrowLeftOutlined />} onClick={() => navigate('/login')}>
          返回登录
        </Button>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1080, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
