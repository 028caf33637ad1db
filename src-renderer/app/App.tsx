import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import './global.css';
import { AppLayout } from './AppLayout.tsx';

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f5fae', borderRadius: 4 } }}>
      <AntApp>
        <AppLayout />
      </AntApp>
    </ConfigProvider>
  );
}
