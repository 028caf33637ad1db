/** Where a feed table's changes after the cursor begin and end: null for a table without any. */
export interface FeedSpan {
  first: number | null;
  last: number | null;
}

/**
 * Where a page ends, from each feed table's span after the cursor and the seqs at positions `limit`
 * and `limit + 1` of the merged feed (`ends`, fewer when the feed is shorter). Returns the seq of the
 * page's last row and whether changes remain beyond it, or null when there is nothing to send.
 * The ends are read a moment after the spans: a seq committed in between lies beyond every span's
 * last (seqs become visible in order), possibly in a table the page will not read, so a page never
 * ends past the spans.
 */
export function pageBound(
  spans: readonly FeedSpan[],
  ends: readonly number[],
): { upTo: number; hasMore: boolean } | null {
  const lasts = spans.flatMap((span) => (span.last === null ? [] : [span.last]));
  if (lasts.length === 0) return null;
  const last = Math.max(...lasts);
  const end = ends[0];
  if (end === undefined || end > last) return { upTo: last, hasMore: end !== undefined };
  return { upTo: end, hasMore: ends.length > 1 };
}
