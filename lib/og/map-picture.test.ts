import { describe, expect, it } from 'vitest';
import type { ApiFeature } from '../shared/types';
import { fitFrame, viewFrame } from './map-frame';
import { MAX_BADGES, mapSvg, settingsOf, type Outlines } from './map-svg';

const point = (id: string, lng: number, lat: number, setting = 'courthouse', precision = 'building') =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { setting, location: { precision } },
  }) as unknown as ApiFeature;

const outlines: Outlines = {
  land: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [-125, 30],
          [-110, 30],
          [-110, 45],
          [-125, 45],
          [-125, 30],
        ],
      ],
    ],
  },
  states: {
    type: 'MultiLineString',
    coordinates: [
      [
        [-120, 30],
        [-120, 45],
      ],
      [
        [10, 10],
        [11, 11],
      ],
    ],
  },
  counties: {
    type: 'MultiLineString',
    coordinates: [
      [
        [-118, 33],
        [-117, 34],
      ],
    ],
  },
};

describe('map frames', () => {
  it('fit a box inside the frame, with its padding', () => {
    const frame = fitFrame([-125, 24.5, -66.9, 49.5], 860, 630, 40);
    const [x0, y0] = frame.project(-125, 49.5);
    const [x1, y1] = frame.project(-66.9, 24.5);
    for (const x of [x0, x1]) {
      expect(x).toBeGreaterThanOrEqual(39.9);
      expect(x).toBeLessThanOrEqual(820.1);
    }
    for (const y of [y0, y1]) {
      expect(y).toBeGreaterThanOrEqual(39.9);
      expect(y).toBeLessThanOrEqual(590.1);
    }
    const [w, s, e, n] = frame.bounds;
    expect(w).toBeLessThan(-125);
    expect(e).toBeGreaterThan(-66.9);
    expect(s).toBeLessThan(24.5);
    expect(n).toBeGreaterThan(49.5);
  });

  it('centre a view at its zoom: one zoom level doubles the scale', () => {
    const view = { lat: 34.06, lng: -117.65, zoom: 9 };
    const frame = viewFrame(view, 860, 630);
    const [x, y] = frame.project(view.lng, view.lat);
    expect(x).toBeCloseTo(430, 6);
    expect(y).toBeCloseTo(315, 6);
    const closer = viewFrame({ ...view, zoom: 10 }, 860, 630);
    const span = (f: typeof frame) => f.bounds[2] - f.bounds[0];
    expect(span(frame) / span(closer)).toBeCloseTo(2, 6);
    // 860 px at zoom 9: 860 / (256 * 2^9) of 360°.
    expect(span(frame)).toBeCloseTo((860 / (256 * 512)) * 360, 6);
  });

  it('stop a single point from filling the frame', () => {
    expect(fitFrame([-117.65, 34.06, -117.65, 34.06], 860, 630).zoom).toBe(11);
  });
});

describe('mapSvg', () => {
  const frame = fitFrame([-125, 30, -110, 45], 860, 630);

  it('draws the outlines in the frame, a badge per point, dashed where the place is approximate', () => {
    const svg = mapSvg(frame, outlines, [point('a', -118, 34), point('b', -119, 35, 'place-of-worship', 'city')]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="860" height="630"/);
    expect(svg.match(/<g transform="translate/g)).toHaveLength(2);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    // The line near Africa lies outside the frame: not drawn.
    const states = /<path d="([^"]*)" fill="none" stroke="#8a8f98"/.exec(svg)![1];
    expect(states.match(/M/g)).toHaveLength(1);
    expect(settingsOf([point('a', 0, 0, 'street'), point('b', 0, 0, 'courthouse')])).toEqual(['courthouse', 'street']);
  });

  it('gathers points into discs when there are too many to draw one by one', () => {
    const many = Array.from({ length: MAX_BADGES + 1 }, (_, i) =>
      point(`p${i}`, -124 + (i % 40) * 0.3, 31 + Math.floor(i / 40) * 1.2),
    );
    const svg = mapSvg(frame, outlines, many);
    expect(svg).not.toContain('<g transform="translate');
    const discs = svg.match(/<circle [^>]*fill="#1f5f8b" fill-opacity="0.85"/g) ?? [];
    expect(discs.length).toBeGreaterThan(10);
    expect(discs.length).toBeLessThan(many.length);
  });
});
