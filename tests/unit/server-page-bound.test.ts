import { describe, expect, it } from 'vitest';
import { pageBound } from '../../src-server/sync/page-bound.ts';

const none = { first: null, last: null };

describe('pageBound', () => {
  it('says there is nothing to send when no table changed', () => {
    expect(pageBound([none, none], [])).toBeNull();
  });

  it('ends a short feed at its last change, with nothing more', () => {
    expect(pageBound([{ first: 3, last: 9 }, none, { first: 5, last: 12 }], [])).toEqual({
      upTo: 12,
      hasMore: false,
    });
  });

  it('ends a long feed at its limit-th change, with more when another follows', () => {
    const spans = [
      { first: 1, last: 40 },
      { first: 2, last: 30 },
    ];
    expect(pageBound(spans, [20, 21])).toEqual({ upTo: 20, hasMore: true });
    expect(pageBound(spans, [40])).toEqual({ upTo: 40, hasMore: false });
  });

  it('never ends past the spans, when changes committed between the two reads', () => {
    expect(pageBound([{ first: 1, last: 10 }], [15, 16])).toEqual({ upTo: 10, hasMore: true });
  });
});
