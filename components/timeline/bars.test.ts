import { describe, expect, it } from 'vitest';
import { barPaths } from './bars';

describe('barPaths', () => {
  it('draws a rectangle per month with a count, split by the range, scaled to the largest', () => {
    // Months 0..3 with counts 2, 0, 1, 2; the range is months 1..2.
    expect(barPaths([2, 0, 1, 2], 2, 1, 2)).toEqual({
      inRange: 'M21 21h8v19h-8z',
      outside: 'M1 2h8v38h-8zM31 2h8v38h-8z',
    });
  });

  it('rounds to two decimals and leaves empty months out', () => {
    expect(barPaths([1, 3, 0], 3, 0, 2)).toEqual({ inRange: 'M1 27.33h8v12.67h-8zM11 2h8v38h-8z', outside: '' });
  });

  it('draws nothing for a chart without incidents', () => {
    expect(barPaths([0, 0], 1, 0, 1)).toEqual({ inRange: '', outside: '' });
  });
});
