import { describe, expect, it } from 'vitest';
import { meetsGoal } from '../../bench/support/results.ts';

describe('benchmark goals', () => {
  it('reads the goal operators', () => {
    expect(meetsGoal({ value: 10, goal: '<= 10' })).toBe(true);
    expect(meetsGoal({ value: 10.1, goal: '<= 10' })).toBe(false);
    expect(meetsGoal({ value: 300000, goal: '>= 300000' })).toBe(true);
    expect(meetsGoal({ value: 299999, goal: '>= 300000' })).toBe(false);
    expect(meetsGoal({ value: 5, goal: 'about 5' })).toBe(false);
  });
});
