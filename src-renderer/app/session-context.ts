import { createContext, useContext } from 'react';
import type { Session } from '../../src-shared/contract/index.ts';

export interface SessionContextValue {
  /** The open account; null on the log-in screens. */
  session: Session | null;
  /** After a log-in or an offline unlock. */
  opened(session: Session): void;
  logOut(): Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionContext outside <SessionProvider>');
  return value;
}

/** The open account, for screens behind the log-in gate. */
export function useSession(): Session {
  const { session } = useSessionContext();
  if (!session) throw new Error('useSession on a logged-out screen');
  return session;
}

/** Whether the administrator may use what `permission` guards: main administrators may use all. */
export function mayUse(session: Session, permission: string | undefined): boolean {
  return (
    permission === undefined ||
    session.admin.role === 'admin' ||
    (session.admin.permissions as readonly string[]).includes(permission)
  );
}
