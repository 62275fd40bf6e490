import fs from 'node:fs';
import path from 'node:path';
import bbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { LABEL_MIN, screenSize, showsLabel } from './area-labels';

// The shipped area incident: the Diocese of San Bernardino (San Bernardino and Riverside counties).
const diocese = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../data/incidents/diocese-san-bernardino-2025-07-08.json'), 'utf8'),
);
const dioceseBox = bbox(diocese);

describe('screenSize', () => {
  it('doubles with each zoom', () => {
    const z5 = screenSize(dioceseBox, 5);
    const z6 = screenSize(dioceseBox, 6);
    expect(z6.width).toBeCloseTo(2 * z5.width, 6);
    expect(z6.height).toBeCloseTo(2 * z5.height, 6);
  });
  it('is the width of the world for a box around it', () => {
    expect(screenSize([-180, -85, 180, 85], 0).width).toBeCloseTo(256, 6);
  });
});

describe('showsLabel', () => {
  it('labels the diocese from the zoom where it is a shape, not a speck', () => {
    // About 42 × 33 px over the whole country (zoom 4), 83 × 66 at zoom 5.
    expect(screenSize(dioceseBox, 4).width).toBeLessThan(LABEL_MIN.width);
    expect(showsLabel(dioceseBox, 4)).toBe(false);
    expect(showsLabel(dioceseBox, 5)).toBe(true);
    expect(showsLabel(dioceseBox, 12)).toBe(true);
  });
  it('labels the open incident at any zoom', () => {
    expect(showsLabel(dioceseBox, 3, true)).toBe(true);
  });
  it('needs the height too: a long thin area is not labelled', () => {
    // A 2° wide, 0.05° tall strip near 40° N at zoom 7: some 364 px wide, 12 px tall.
    expect(showsLabel([-100, 40, -98, 40.05], 7)).toBe(false);
  });
});
