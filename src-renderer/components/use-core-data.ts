/*
 * useCoreData: one answer of the core, loaded when `key` changes, again after every sync (the data
 * version), and on demand.
 *
 *   const tree = useCoreData(() => api.departmentsTree(), 'tree');
 *   tree.data; tree.loading; tree.error; tree.reload();
 *
 * The last answer stays in `data` while a reload runs, so screens do not flicker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataVersion } from '../app/data-version.ts';
import { messageOf } from './error-message.ts';

export interface CoreData<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  reload(): void;
}

interface State<T> {
  data: T | undefined;
  error: string | null;
  /** The request the state answers; a newer one is loading. */
  answered: string | null;
}

export function useCoreData<T>(load: () => Promise<T>, key: string): CoreData<T> {
  const dataVersion = useDataVersion();
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [reloads, setReloads] = useState(0);
  const [state, setState] = useState<State<T>>({ data: undefined, error: null, answered: null });
  const request = JSON.stringify([key, dataVersion, reloads]);

  useEffect(() => {
    let live = true;
    loadRef
      .current()
      .then((data) => live && setState({ data, error: null, answered: request }))
      .catch(
        (error: unknown) =>
          live && setState((previous) => ({ ...previous, error: messageOf(error), answered: request })),
      );
    return () => {
      live = false;
    };
  }, [request]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.answered !== request, reload };
}
