/**
 * The map's data from a generated dataset through lib/incidents.ts: views
 * (?bbox&zoom, lib/index/viewport.ts) and tiles (lib/index/tile.ts)
 * bounded in features, every incident accounted for once (as itself or in a
 * cluster's count) under any filter, and the joined JSON equal to
 * JSON.stringify.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listIncidents,
  loadIncidents,
  matches,
  resetIncidents,
  summarize,
  tileFeatures,
  tileJson,
  viewIncidents,
  viewJson,
  warmIncidents,
} from '@/lib/in-memory';
import { buildColumns, compileFilters } from '@/lib/index/columns';
import { parseFilters } from '@/lib/shared/filters';
import { MAX_FEATURES, TILE_FEATURES } from '@/lib/index/limits';
import { tilesCovering } from '@/lib/shared/tiles/address';
import type { ApiCluster } from '@/lib/shared/tiles/cells';
import type { ApiFeature } from '@/lib/shared/types';
import { ROOT } from './support/fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'viewport-test-'));
const COUNT = 3_000;
const saved = process.env.DATA_DIR;

beforeAll(() => {
  const dir = path.join(tmp, 'data');
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      '--conditions=react-server',
      'scripts/generate.ts',
      '--out',
      dir,
      '--count',
      String(COUNT),
      '--seed',
      '3',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  process.env.DATA_DIR = dir;
  resetIncidents();
  loadIncidents();
}, 120_000);

afterAll(() => {
  resetIncidents();
  if (saved === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = saved;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const isCluster = (f: ApiFeature | ApiCluster): f is ApiCluster =>
  (f.properties as { cluster?: boolean }).cluster === true;
const q = (query: string) => parseFilters(new URLSearchParams(query));

/** How many incidents a view stands for: its features and its clusters' counts. */
function accounted(features: (ApiFeature | ApiCluster)[]): number {
  return features.reduce((n, f) => n + (isCluster(f) ? f.properties.count : 1), 0);
}

describe('views of 3,000 generated incidents', () => {
  it('clusters the whole country at a low zoom, accounting for every incident once, within the feature limit', () => {
    const view = viewIncidents(q('bbox=-180,-90,180,90&zoom=3'));
    expect(view.kind).toBe('clusters');
    expect(view.features.length).toBeLessThanOrEqual(MAX_FEATURES);
    expect(accounted(view.features)).toBe(COUNT);
    for (const c of view.features.filter(isCluster)) {
      const [x, y] = c.geometry.coordinates;
      const [w, s, e, n] = c.properties.bbox;
      expect(x >= w - 1e-4 && x <= e + 1e-4 && y >= s - 1e-4 && y <= n + 1e-4).toBe(true);
      expect(c.properties.expansionZoom).toBeGreaterThanOrEqual(1);
    }
  });

  it('answers points, not clusters, where a close view holds few', () => {
    const some = listIncidents().find((f) => f.geometry.type === 'Point')!;
    const [x, y] = some.geometry.coordinates as number[];
    const view = viewIncidents(q(`bbox=${x - 0.001},${y - 0.001},${x + 0.001},${y + 0.001}&zoom=17`));
    expect(view.features.some((f) => !isCluster(f) && f.id === some.id)).toBe(true);
  });

  it('answers a close view of one setting with exactly the incidents a list of that setting in the box gives, those on its edges included', () => {
    const some = listIncidents()
      .filter((f) => f.geometry.type === 'Point')
      .slice(0, 20);
    for (const f of some) {
      const [x, y] = f.geometry.coordinates as number[];
      // Edges exactly on an incident: the kept clusters' own box test must not lose it.
      for (const bbox of [`${x},${y},${x + 0.5},${y + 0.5}`, `${x - 0.5},${y - 0.5},${x},${y}`]) {
        const query = `bbox=${bbox}&zoom=16&setting=${f.properties.setting}`;
        const view = viewIncidents(q(query));
        expect(view.kind, query).toBe('features');
        expect(
          view.features.map((g) => g.id),
          query,
        ).toEqual(listIncidents(q(query)).map((g) => g.id));
        expect(
          view.features.some((g) => g.id === f.id),
          query,
        ).toBe(true);
      }
    }
  });

  it('answers the same views after the start-up warm-up, which keeps every JSON', () => {
    const queries = [
      'bbox=-180,-90,180,90&zoom=3',
      'bbox=-125,24,-66,50&zoom=6&agency=ice',
      'bbox=-118.5,33.8,-117.9,34.2&zoom=12&setting=workplace',
    ];
    const before = queries.map((query) => viewJson(q(query)).toString());
    const warm = warmIncidents();
    expect(warm.json).toBe(COUNT);
    expect(queries.map((query) => viewJson(q(query)).toString())).toEqual(before);
  });

  it('gathers any filter in the grid, accounting for every match once, within the limits', () => {
    for (const filter of [
      '',
      'setting=workplace',
      'from=2024-01-01',
      'from=2023-03-01&to=2023-03-31',
      'setting=workplace&setting=street',
      'agency=ice&setting=courthouse',
      'q=car',
    ]) {
      const expected = listIncidents(q(filter)).length;
      for (const zoom of [0, 3, 6]) {
        const query = `bbox=-180,-90,180,90&zoom=${zoom}&${filter}`;
        const view = viewIncidents(q(query));
        expect(view.features.length, query).toBeLessThanOrEqual(MAX_FEATURES);
        expect(accounted(view.features), query).toBe(expected);
        for (const c of view.features.filter(isCluster))
          expect(c.properties.expansionZoom, query).toBeGreaterThan(Number(c.id.split('-')[1]));
      }
    }
  });

  it('compiles filters to a test that answers exactly what matches() answers', () => {
    const { features } = loadIncidents();
    const columns = buildColumns(features);
    const [x, y] = features.find((f) => f.geometry.type === 'Point')!.geometry.coordinates as number[];
    const dates = [...new Set(features.map((f) => f.properties.date))].sort();
    const mid = dates[Math.floor(dates.length / 2)];
    for (const query of [
      '',
      'setting=courthouse',
      'setting=workplace&setting=residence&agency=cbp',
      `from=${mid}`,
      `to=${mid}`,
      `from=${mid}&to=${mid}`,
      `bbox=${x},${y},${x + 1},${y + 1}`,
      `bbox=${x - 1},${y - 1},${x},${y}&agency=ice`,
      'bbox=-120,30,-119.9,50',
      `bbox=170,20,${x + 0.5},50`,
      'bbox=-180,-90,180,90&from=2025-07-01',
    ]) {
      const filters = q(query);
      const test = compileFilters(columns, filters, (i, box) =>
        matches(features[i], { setting: [], agency: [], bbox: box }),
      );
      const differing = features.filter((f, i) => test(i) !== matches(f, filters)).map((f) => f.id);
      expect(differing, query).toEqual([]);
    }
  });

  it("answers the tiles of the world at each zoom with every match once, points or clusters, within a tile's share", () => {
    for (const filter of ['', 'setting=courthouse', 'from=2024-01-01&agency=ice', 'q=car']) {
      const expected = listIncidents(q(filter)).filter((f) => f.geometry.type === 'Point').length;
      for (const zoom of [0, 2, 3]) {
        let counted = 0;
        for (const tile of tilesCovering([-180, -85.06, 180, 85.06], zoom)) {
          const features = tileFeatures(q(filter), tile);
          expect(features.length).toBeLessThanOrEqual(TILE_FEATURES);
          counted += features.reduce(
            (n, f) => n + (isCluster(f) ? f.properties.count : f.geometry.type === 'Point' ? 1 : 0),
            0,
          );
          for (const f of features)
            if (!isCluster(f) && filter.startsWith('setting')) expect(f.properties.setting).toBe('courthouse');
        }
        expect(counted, `${filter} at zoom ${zoom}`).toBe(expected);
      }
    }
  });

  it('serialises each view and tile exactly as JSON.stringify would', () => {
    for (const [filter, tile] of [
      ['', { z: 3, x: 1, y: 3 }],
      ['agency=ice', { z: 6, x: 11, y: 25 }],
    ] as const) {
      expect(tileJson(q(filter), tile).toString()).toBe(
        JSON.stringify({ type: 'FeatureCollection', features: tileFeatures(q(filter), tile) }),
      );
    }

    for (const query of [
      'bbox=-180,-90,180,90&zoom=3',
      'bbox=-125,24,-66,50&zoom=6&agency=ice',
      'bbox=-118.5,33.8,-117.9,34.2&zoom=12',
    ]) {
      const { features } = viewIncidents(q(query));
      expect(viewJson(q(query)).toString(), query).toBe(JSON.stringify({ type: 'FeatureCollection', features }));
    }
  });

  it("summarizes as the incidents' own dates and boxes say: months of day, month and year dates, the box of points and areas", () => {
    const features = listIncidents();
    expect(new Set(features.map((f) => f.properties.date.length))).toEqual(new Set([4, 7, 10]));
    expect(features.some((f) => f.geometry.type !== 'Point')).toBe(true);
    for (const query of [
      'setting=place-of-worship',
      'agency=cbp&from=2025-01-15',
      'to=2024-06-30&setting=courthouse&setting=workplace',
      'q=church',
      'from=2031-01-01',
    ]) {
      const filters = q(query);
      const undated = { ...filters, from: undefined, to: undefined };
      const months: Record<string, number> = {};
      for (const f of features.filter((f) => matches(f, undated))) {
        const month = f.properties.date.length === 4 ? `${f.properties.date}-01` : f.properties.date.slice(0, 7);
        months[month] = (months[month] ?? 0) + 1;
      }
      const selected = features.filter((f) => matches(f, filters));
      const box = selected.length
        ? [
            Math.min(...selected.map((f) => f.bbox[0])),
            Math.min(...selected.map((f) => f.bbox[1])),
            Math.max(...selected.map((f) => f.bbox[2])),
            Math.max(...selected.map((f) => f.bbox[3])),
          ]
        : undefined;
      const summary = summarize(filters);
      expect(summary.count, query).toBe(selected.length);
      expect(summary.bbox, query).toEqual(box);
      // The same months in the same order (the order they are first met in, newest first).
      expect(Object.entries(summary.months), query).toEqual(Object.entries(months));
    }
  });
});
