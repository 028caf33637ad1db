import { SettingOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { OfflineUnlockForm } from './OfflineUnlockForm.tsx';
import { OnlineLoginForm } from './OnlineLoginForm.tsx';

/** The first screen: online log-in of a unit administrator, or the offline unlock. */
export function LoginPage() {
  const [tab, setTab] = useState<'online' | 'offline'>('online');
  /** undefined until the settings are read. */
  const [serverUrl, setServerUrl] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    api.settingsGet().then(
      (settings) => setServerUrl(settings.serverUrl),
      () => setServerUrl(null),
    );
  }, []);

  return (
    <Flex className="login-page" vertical align="center" justify="center">
      <Typography.Title level={2} className="login-title">
        河南省专业技术人员继续教育信息管理系统
      </Typography.Title>
      <Typography.Text className="login-subtitle">法人单位管理端</Typography.Text>
      <Card className="login-card">
        {serverUrl === null && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="尚未设置服务器地址"
            action={<Link to="/settings">去设置</Link>}
          />
        )}
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as 'online' | 'offline')}
          centered
          items={[
            {
              key: 'online',
              label: '用户登录',
              children: (
                <OnlineLoginForm hasServer={Boolean(serverUrl)} onOffline={() => setTab('offline')} />
              ),
            },
            { key: 'offline', label: '离线登录', children: <OfflineUnlockForm /> },
          ]}
        />
        <Flex justify="space-between" style={{ marginTop: 8 }}>
          <Link to="/register">单位注册</Link>
          <Link to="/settings">
            <SettingOutlined /> 设置
          </Link>
        </Flex>
        {serverUrl && (
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 8 }}>
            服务器：{serverUrl}
          </Typography.Text>
        )}
      </Card>
    </Flex>
  );
}
