import { useEffect, useState } from 'react';
import type { AppInfo } from '../../src-shared/contract/index.ts';
import { api } from '../api.ts';

export type AppInfoState =
  { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'failed'; message: string };

export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    api
      .appInfo()
      .then((info) => current && setState({ status: 'ready', info }))
      .catch((error: unknown) => current && setState({ status: 'failed', message: messageOf(error) }));
    return () => {
      current = false;
    };
  }, []);
  return state;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : '未知错误';
}
