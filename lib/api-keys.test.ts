import { describe, expect, it } from 'vitest';
import { parseFilters } from './filters';
import { incidentKey, incidentsKey, normaliseBBox, summaryKey, viewportKey } from './api-keys';

const NONE = { setting: [], agency: [] };

describe('the keys the map asks the API under', () => {
  it('puts the filters in the stable order of the API, the view last', () => {
    const filters = { setting: ['workplace' as const, 'courthouse' as const], agency: [], q: 'clinic' };
    expect(incidentsKey(filters)).toBe('/api/incidents?setting=courthouse&setting=workplace&q=clinic');
    expect(summaryKey(filters)).toBe('/api/summary?setting=courthouse&setting=workplace&q=clinic');
    expect(viewportKey(filters, [-118.123456789, 33.9, -117.2, 34.2], 10.6)).toBe(
      '/api/incidents?setting=courthouse&setting=workplace&q=clinic&bbox=-118.12346%2C33.9%2C-117.2%2C34.2&zoom=11',
    );
    expect(incidentKey('ontario-surgery-center-2025-07-08')).toBe('/api/incidents/ontario-surgery-center-2025-07-08');
  });

  it('brings what Leaflet reports at low zooms into what the API accepts', () => {
    // Wider than the world: the world.
    expect(normaliseBBox([-300, -95, 250, 95])).toEqual([-180, -90, 180, 90]);
    // Past the antimeridian on one side: west > east, which the API searches as two boxes.
    expect(normaliseBBox([150, 10, 200, 20])).toEqual([150, 10, -160, 20]);
    expect(normaliseBBox([-200, 10, -150, 20])).toEqual([160, 10, -150, 20]);
    // Exactly on it stays put.
    expect(normaliseBBox([100, 0, 180, 10])).toEqual([100, 0, 180, 10]);
  });

  it('writes only keys the API parses back to the same view', () => {
    for (const box of [
      [-300, -95, 250, 95],
      [150, 10, 200, 20],
      [-200, 10, -150, 20],
      [-0.000001, -1e-7, 1e-7, 0.5],
    ] as const) {
      const key = viewportKey(NONE, [...box], 4);
      const parsed = parseFilters(new URL(key, 'http://x').searchParams);
      expect(parsed.bbox).toEqual(normaliseBBox([...box]));
      expect(parsed.zoom).toBe(4);
    }
  });
});
