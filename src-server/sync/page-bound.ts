/**
 * Where a page ends. Each list holds the ascending seqs of one table after the cursor, at most
 * `limit + 1` of them; a table's missing seqs are all above its list's last one, so the `limit`
 * smallest seqs overall are among the lists. Returns the seq of the page's last row and whether
 * changes remain beyond it, or null when there is nothing to send.
 */
export function pageBound(
  lists: readonly (readonly number[])[],
  limit: number,
): { upTo: number; hasMore: boolean } | null {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  if (total === 0) return null;
  if (total <= limit) {
    return { upTo: Math.max(...lists.map((list) => list.at(-1) ?? 0)), hasMore: false };
  }
  const positions = lists.map(() => 0);
  let upTo = 0;
  for (let taken = 0; taken < limit; taken++) {
    let smallest = -1;
    for (let i = 0; i < lists.length; i++) {
      const candidate = lists[i]![positions[i]!];
      if (candidate !== undefined && (smallest < 0 || candidate < lists[smallest]![positions[smallest]!]!)) {
        smallest = i;
      }
    }
    upTo = lists[smallest]![positions[smallest]!]!;
    positions[smallest]!++;
  }
  return { upTo, hasMore: true };
}
