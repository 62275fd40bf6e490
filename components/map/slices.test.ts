import { describe, expect, it } from 'vitest';
import { itemsToDraw } from './slices';

describe('itemsToDraw', () => {
  it('draws what is drawn already and a slice of the new, in order', () => {
    expect(itemsToDraw(['a', 'b', 'c', 'd'], new Set(['b']), 2)).toEqual({ draw: [0, 1, 2], waiting: 1 });
  });
  it('draws everything when the slice holds the new ones', () => {
    expect(itemsToDraw(['a', 'b'], new Set(), 5)).toEqual({ draw: [0, 1], waiting: 0 });
    expect(itemsToDraw([], new Set(), 5)).toEqual({ draw: [], waiting: 0 });
  });
  it('keeps every drawn item even over the budget', () => {
    expect(itemsToDraw(['a', 'b', 'c'], new Set(['a', 'b', 'c']), 0)).toEqual({ draw: [0, 1, 2], waiting: 0 });
  });
  it('takes urgent new items first', () => {
    expect(itemsToDraw(['a', 'b', 'c', 'd'], new Set(), 1, (i) => i === 3)).toEqual({ draw: [3], waiting: 3 });
  });
  it('forgets drawn keys no longer held', () => {
    expect(itemsToDraw(['c'], new Set(['a', 'b']), 0)).toEqual({ draw: [], waiting: 1 });
  });
});
