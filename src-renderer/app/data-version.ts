import { createContext, useContext } from 'react';

/**
 * Goes up whenever the cache may hold different data (a sync pulled changes, an account was opened):
 * lists and detail views that depend on it reload.
 */
export const DataVersionContext = createContext(0);

export function useDataVersion(): number {
  return useContext(DataVersionContext);
}
