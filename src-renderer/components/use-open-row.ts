/*
 * useOpenRow: the row of a list shown in a DetailDrawer, with previous/next through the rows on screen.
 *
 *   const open = useOpenRow(list.rows);
 *   <PagedTable activeKey={open.id} onRowClick={(row) => open.set(row.id)} … />
 *   <StaffDrawer staffId={open.id} navigation={open.navigation} onClose={() => open.set(null)} />
 */
import { useState } from 'react';
import type { DrawerNavigation } from './DetailDrawer.tsx';

export interface OpenRow {
  /** The row in the drawer, or null when it is closed. */
  id: string | null;
  /** Its place among the rows, or -1 when it is not (or no longer) on screen. */
  index: number;
  set(id: string | null): void;
  /** Previous/next for the drawer; none while the open row is not on screen. */
  navigation: DrawerNavigation | undefined;
}

export function useOpenRow(rows: readonly { id: string }[]): OpenRow {
  const [id, setId] = useState<string | null>(null);
  const index = rows.findIndex((row) => row.id === id);
  const navigation =
    index >= 0
      ? {
          position: index + 1,
          count: rows.length,
          onPrevious: () => setId(rows[index - 1]?.id ?? id),
          onNext: () => setId(rows[index + 1]?.id ?? id),
        }
      : undefined;
  return { id, index, set: setId, navigation };
}
