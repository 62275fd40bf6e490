'use client';
/**
 * Where the incident happened: a GeoNames city found offline (its exact
 * coordinates, so the check can compare them) or a click on the map. Either
 * way the counties and the state are derived from the point (us-atlas).
 */
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { City, MapConfig } from '@/lib/shared/types';
import { getJson } from './api';
import { getAt, setAt } from './paths';
import { FieldProblems } from './problems';
import { text } from './text';
import styles from './editor.module.css';

const ClickMap = dynamic(() => import('./ClickMap'), { ssr: false });

type Incident = Record<string, unknown>;

/** Metres around a city's GeoNames point, until the maintainer says better. */
const CITY_RADIUS = 8000;

async function withPlace(inc: Incident, lon: number, lat: number): Promise<Incident> {
  const place = await getJson<{ counties: { name: string; fips: string }[]; state?: string }>(
    `place?lon=${lon}&lat=${lat}`,
  );
  let next = setAt(inc, 'properties.place.counties', place.body.counties ?? []);
  if (place.body.state) next = setAt(next, 'properties.place.state', place.body.state);
  return next;
}

export function PlacePicker({
  incident,
  tiles,
  onChange,
}: {
  incident: Incident;
  tiles: MapConfig;
  onChange: (next: Incident) => void;
}) {
  const [query, setQuery] = useState('');
  const [cities, setCities] = useState<City[]>([]);
  const coords = getAt(incident, 'geometry.coordinates') as number[] | undefined;
  const point =
    getAt(incident, 'geometry.type') === 'Point' && coords?.length === 2 ? (coords as [number, number]) : undefined;

  async function search(q: string) {
    setQuery(q);
    if (q.trim().length < 2) return setCities([]);
    const a = await getJson<{ cities: City[] }>(`cities?q=${encodeURIComponent(q)}`);
    setCities(a.body.cities ?? []);
  }

  async function chooseCity(c: City) {
    let next = setAt(incident, 'geometry', { type: 'Point', coordinates: [c.lon, c.lat] });
    const loc = (getAt(next, 'properties.location') ?? {}) as Record<string, unknown>;
    // The city replaces the point, its basis and so the radius around it (a click's 500 m would not hold a city).
    next = setAt(next, 'properties.location', {
      ...loc,
      precision: 'city',
      radius: CITY_RADIUS,
      basis: text.place.basisCity(c.name, c.admin1),
      geonames: { name: c.name, admin1: c.admin1 },
    });
    next = setAt(next, 'properties.place.city', c.name);
    setCities([]);
    setQuery(`${c.name}, ${c.admin1}`);
    onChange(await withPlace(next, c.lon, c.lat));
  }

  async function click(lon: number, lat: number) {
    const [x, y] = [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
    let next = setAt(incident, 'geometry', { type: 'Point', coordinates: [x, y] });
    const loc = (getAt(next, 'properties.location') ?? {}) as Record<string, unknown>;
    const { geonames: _dropped, ...rest } = loc;
    next = setAt(next, 'properties.location', {
      ...rest,
      precision: loc.precision === 'region' ? 'street' : (loc.precision ?? 'street'),
      basis: text.place.basisClick,
      radius: (loc.radius as number | undefined) ?? 500,
    });
    onChange(await withPlace(next, x, y));
  }

  return (
    <section className={styles.widget} data-path="geometry">
      <h3>{text.place.heading}</h3>
      <label className={styles.field}>
        <span>{text.place.search}</span>
        <input type="search" value={query} onChange={(e) => search(e.target.value)} />
      </label>
      {cities.length > 0 && (
        <ul className={styles.results} aria-label="Cities">
          {cities.map((c) => (
            <li key={`${c.name}|${c.admin1}|${c.country}|${c.lon}`}>
              <button type="button" onClick={() => chooseCity(c)}>
                {c.name}, {c.admin1} ({c.country}) {c.lat.toFixed(3)}, {c.lon.toFixed(3)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.help}>{text.place.mapHelp}</p>
      <ClickMap
        tiles={tiles}
        point={point}
        radius={getAt(incident, 'properties.location.radius') as number | undefined}
        onPick={click}
      />
      <p data-testid="point">{point ? `[${point[0]}, ${point[1]}]` : '—'}</p>
      <FieldProblems path="geometry" under />
    </section>
  );
}
