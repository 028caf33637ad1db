import { Alert, Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Session } from '../../src-shared/contract/index.ts';
import { api } from '../api.ts';
import { messageOf } from '../components/error-message.ts';
import { SessionContext, type SessionContextValue } from './session-context.ts';

type State =
  | { status: 'loading' }
  | { status: 'ready'; session: Session | null }
  | { status: 'failed'; message: string };

/** Asks the core which account is open (after a reload the session survives) and shares it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api
      .sessionCurrent()
      .then((session) => live && setState({ status: 'ready', session }))
      .catch((error: unknown) => live && setState({ status: 'failed', message: messageOf(error) }));
    return () => {
      live = false;
    };
  }, [attempt]);

  const opened = useCallback((session: Session) => setState({ status: 'ready', session }), []);
  const logOut = useCallback(async () => {
    await api.sessionLogOut();
    setState({ status: 'ready', session: null });
  }, []);
  const session = state.status === 'ready' ? state.session : null;
  const value = useMemo<SessionContextValue>(() => ({ session, opened, logOut }), [session, opened, logOut]);

  if (state.status === 'loading') return <Spin fullscreen description="正在连接本机服务…" />;
  if (state.status === 'failed')
    return (
      <Result
        status="error"
        title="无法连接本机服务"
        subTitle={<Alert type="error" title={state.message} />}
        extra={
          <Button
            type="primary"
            onClick={() => {
              setState({ status: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            重试
          </Button>
        }
      />
    );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
