import { describe, expect, it } from 'vitest';
import { incidentKey, incidentsKey, summaryKey, tileKey, viewTileKeys } from './api-keys';

const NONE = { setting: [], agency: [] };

describe('the keys the map asks the API under', () => {
  it('puts the filters in the stable order of the API', () => {
    const filters = { setting: ['workplace' as const, 'courthouse' as const], agency: [], q: 'clinic' };
    expect(incidentsKey(filters)).toBe('/api/incidents?setting=courthouse&setting=workplace&q=clinic');
    expect(summaryKey(filters)).toBe('/api/summary?setting=courthouse&setting=workplace&q=clinic');
    expect(incidentKey('ontario-surgery-center-2025-07-08')).toBe('/api/incidents/ontario-surgery-center-2025-07-08');
  });

  it('asks a view by the tiles covering it at its whole zoom, with the filters', () => {
    const filters = { setting: ['courthouse' as const], agency: [] };
    expect(viewTileKeys(filters, [-118.123456789, 33.9, -117.2, 34.2], 9.4)).toEqual([
      '/api/tiles/9/88/204?setting=courthouse',
      '/api/tiles/9/89/204?setting=courthouse',
    ]);
    expect(tileKey(NONE, { z: 0, x: 0, y: 0 })).toBe('/api/tiles/0/0/0');
    // Past the deepest zoom: the deepest tiles.
    expect(viewTileKeys(NONE, [-117.6501, 34.0599, -117.65, 34.06], 21)[0]).toMatch(/^\/api\/tiles\/18\//);
  });

  it('gives two readers of nearly the same view the same keys', () => {
    expect(viewTileKeys(NONE, [-118.31, 33.95, -117.91, 34.15], 11)).toEqual(
      viewTileKeys(NONE, [-118.30999, 33.95002, -117.90997, 34.14998], 11),
    );
  });
});
