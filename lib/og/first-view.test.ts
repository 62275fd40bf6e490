import { describe, expect, it } from 'vitest';
import type { ApiFeature } from '../shared/types';
import { MAX_ZOOM } from '../shared/url-state';
import { COUNTY_ZOOM, firstView, firstViewSvg, fitZoom } from './first-view';
import type { Outlines } from './map-svg';
import { world } from './map-frame';

const point = (id: string, lng: number, lat: number, radius?: number) =>
  ({
    type: 'Feature',
    id,
    bbox: [lng, lat, lng, lat],
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { setting: 'courthouse', location: { precision: radius ? 'city' : 'building', radius } },
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
const US: [number, number, number, number] = [-125, 24.5, -66.9, 49.5];

describe('the first view', () => {
  it('is the URL’s view, else the open incident, else every incident held, else their extent, else the country', () => {
    const a = point('a', -117.6, 34.05, 1000);
    const b = point('b', -122.4, 37.8);
    const view = { zoom: 9, lat: 34, lng: -117 };
    expect(firstView({ view, focus: a, features: [a, b] })).toEqual({ view });
    const [w, s, e, n] = (firstView({ focus: a, features: [a, b] }) as { box: number[] }).box;
    // Its circle of uncertainty, 1 km each way, as Leaflet's LatLng.toBounds(2 km) draws it.
    expect(n - s).toBeCloseTo((360 * 2000) / 40075017, 9);
    expect(w).toBeLessThan(-117.6);
    expect(e).toBeGreaterThan(-117.6);
    expect(firstView({ features: [a, b] })).toMatchObject({
      box: [expect.closeTo(-122.4, 1), expect.closeTo(34.04, 1), expect.closeTo(-117.59, 1), expect.closeTo(37.8, 1)],
    });
    expect(firstView({ features: [], extent: [1, 2, 3, 4] })).toEqual({ box: [1, 2, 3, 4] });
    expect(firstView({ features: [] })).toEqual({ box: US });
  });

  it('is fitted at the zoom Leaflet picks: the closest at which the box fits inside 24 px of padding', () => {
    const [x0, y1] = world(US[0], US[1]);
    const [x1, y0] = world(US[2], US[3]);
    const [w, h] = [(x1 - x0) * 16, (y1 - y0) * 16]; // the country's size at zoom 4
    expect(fitZoom(US, Math.ceil(w) + 48, Math.ceil(h) + 48)).toBe(4);
    expect(fitZoom(US, Math.ceil(w) + 48, 2000)).toBe(4);
    // Leaflet rounds to hundredths before flooring: 0.2% short of the width still makes zoom 4, 1% short does not.
    expect(fitZoom(US, w * 0.998 + 48, 2000)).toBe(4);
    expect(fitZoom(US, w * 0.99 + 48, 2000)).toBe(3);
    expect(fitZoom(US, 2000, h * 0.99 + 48)).toBe(3);
    expect(fitZoom(US, 2 * w + 48, 2 * h + 48)).toBe(5);
    // A point of no size: the map's closest zoom.
    expect(fitZoom([-117, 34, -117, 34], 400, 400)).toBe(MAX_ZOOM);
  });

  it('holds a drawing per zoom the box may call for, each shown from the size it needs', () => {
    const svg = firstViewSvg({ box: US }, outlines, [point('a', -117.6, 34.05)]);
    const zooms = [...svg.matchAll(/class="z z(\d+)"/g)].map((m) => Number(m[1]));
    expect(zooms).toEqual([fitZoom(US, 240, 160), ...zooms.slice(1)]);
    expect(zooms.at(-1)).toBe(fitZoom(US, 1600, 1200));
    const widths = [...svg.matchAll(/min-width:([\d.]+)px/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(zooms.length - 1);
    expect(widths).toEqual([...widths].sort((x, y) => x - y));
    // One badge per zoom; county lines only in the drawings from COUNTY_ZOOM.
    expect(svg.match(/class="badge"/g)).toHaveLength(zooms.length);
    expect(zooms.some((z) => z < COUNTY_ZOOM)).toBe(true);
    const drawings = svg.split(/<g class="z /).slice(1);
    drawings.forEach((d, i) => expect(d.includes('#c9ccd1'), `zoom ${zooms[i]}`).toBe(zooms[i] >= COUNTY_ZOOM));
  });

  it('draws a view from the URL once, centred, with no media query', () => {
    const svg = firstViewSvg({ view: { zoom: 9, lat: 34.05, lng: -117.6 } }, outlines, [point('a', -117.6, 34.05)]);
    expect(svg.match(/class="z z9"/g)).toHaveLength(1);
    expect(svg).not.toContain('<style>');
    expect(svg).toContain('#c9ccd1');
    // The badge's point is the centre: the group is shifted by half the frame, the badge stands on a pin above it.
    const [, x, y] = svg.match(/class="badge" href="#courthouse" x="([-\d.]+)" y="([-\d.]+)"/)!.map(Number);
    expect(x + 15).toBeCloseTo(800, 0);
    expect(y + 15 + 23).toBeCloseTo(600, 0);
  });
});
