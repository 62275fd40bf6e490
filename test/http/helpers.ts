/**
 * Shared by the HTTP tests: the server's base URL, fetch shorthands, the
 * dataset read straight from its files (to compare with what is served), and
 * a small RFC 4180 parser independent of lib/csv.
 */
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, inject } from 'vitest';

export const baseUrl = inject('baseUrl');

export function get(pathAndQuery: string, init?: RequestInit): Promise<Response> {
  return fetch(baseUrl + pathAndQuery, { redirect: 'manual', ...init });
}

/** A raw GET (fetch would decompress and hide Content-Encoding). */
export function raw(
  pathAndQuery: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(baseUrl + pathAndQuery, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

interface Feature {
  type: string;
  id: string;
  bbox: number[];
  geometry: { type: string; coordinates: unknown };
  properties: {
    title: string;
    date: string;
    path: string;
    sources: { id: string; url: string; excerpts: { text: string; part: string; translations: unknown }[] }[];
    [key: string]: unknown;
  };
}
export interface Collection {
  type: string;
  features: Feature[];
}

/** The collection for `query` (without "?"), asserting a 200 GeoJSON answer. */
export async function collection(query = ''): Promise<Collection> {
  const res = await get(`/api/incidents${query ? `?${query}` : ''}`);
  expect(res.status, await errorText(res)).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
  return res.json();
}

/** The sorted ids served for `query`. */
export async function ids(query = ''): Promise<string[]> {
  return (await collection(query)).features.map((f) => f.id).sort();
}

async function errorText(res: Response): Promise<string> {
  return res.status === 200 ? '' : await res.clone().text();
}

export const ID = {
  diocese: 'diocese-san-bernardino-2025-07-08',
  ontario: 'ontario-surgery-center-2025-07-08',
  montclair: 'our-lady-of-lourdes-montclair-2025-06-20',
  elPaso: 'sacred-heart-el-paso-2023-01-04',
  sf: 'sf-immigration-court-2025-07-08',
  highland: 'st-adelaide-highland-2025-06-20',
} as const;

/** The data directory the server reads (the server inherits DATA_DIR too). */
export const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');

export function dataIncidents(): {
  id: string;
  properties: {
    title: string;
    es: { title: string; summary: string };
    sources: { source: string; excerpts: { text: string; translations: { es?: { text: string } } }[] }[];
  };
}[] {
  const dir = path.join(dataDir, 'incidents');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
}

/** The archived text of a source, by source id. */
export function sourceText(sourceId: string): string {
  const meta = JSON.parse(readFileSync(path.join(dataDir, 'sources', `${sourceId}.json`), 'utf8'));
  return readFileSync(path.join(dataDir, 'sources', meta.text), 'utf8');
}

/** Typographic quotes to straight ones and white space runs to one space. */
export function normalize(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last record does not end with CRLF');
  return rows;
}

/** The CSV as objects keyed by the header row. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text);
  for (const row of rows) expect(row).toHaveLength(header.length);
  return { header, records: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))) };
}
