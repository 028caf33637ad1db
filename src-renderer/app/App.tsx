import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { HashRouter } from 'react-router';
import './global.css';
import { AppLayout } from './AppLayout.tsx';
import { LoggedOutRoutes } from './LoggedOutRoutes.tsx';
import { lastingStyleCache } from './lasting-style-cache.ts';
import { useSessionContext } from './session-context.ts';
import { SessionProvider } from './SessionProvider.tsx';
import { SyncProvider } from './SyncProvider.tsx';
import { useReducedMotion } from './use-reduced-motion.ts';

dayjs.locale('zh-cn');

const STYLE_CACHE = lastingStyleCache();

const THEME: ThemeConfig = {
  token: { colorPrimary: '#1f5fae', borderRadius: 4 },
  components: { Layout: { headerBg: '#17457f', headerHeight: 56, headerPadding: '0 20px' } },
};

const THEME_WITHOUT_MOTION: ThemeConfig = { ...THEME, token: { ...THEME.token, motion: false } };

export function App() {
  const reducedMotion = useReducedMotion();
  return (
    <StyleProvider cache={STYLE_CACHE}>
      <ConfigProvider locale={zhCN} theme={reducedMotion ? THEME_WITHOUT_MOTION : THEME}>
        <AntApp>
          <HashRouter>
            <SessionProvider>
              <SessionGate />
            </SessionProvider>
          </HashRouter>
        </AntApp>
      </ConfigProvider>
    </StyleProvider>
  );
}

/** The log-in screens until an account is open; then the console, rebuilt for each account. */
function SessionGate() {
  const { session } = useSessionContext();
  if (!session) return <LoggedOutRoutes />;
  return (
    <SyncProvider key={session.accountId}>
      <AppLayout session={session} />
    </SyncProvider>
  );
}
