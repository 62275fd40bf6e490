/**
 * The API's machine-readable description, OpenAPI 3.1, served at
 * /api/openapi.json. Enumerations come from the schema, so they cannot drift.
 */
import 'server-only';
import { AGENCIES, PRECISIONS, SETTINGS, SOURCE_KINDS, ID_PATTERN } from './shared/schema';
import { INCIDENT_COLUMNS } from './csv';
import { DATA_LICENSE } from './jsonld';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });

const CACHE_HEADERS = {
  ETag: { description: 'Strong validator; send it back as If-None-Match to get 304.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: 'Always "*": the data is public.', schema: { type: 'string' } },
};

const FILTERS = ['bbox', 'from', 'to', 'setting', 'agency', 'q'].map(param);

export function openApi(site: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Incident map API',
      version: '1.0.0',
      summary: 'Reported immigration-enforcement incidents, each with verbatim excerpts of its sources.',
      description:
        'The data the map draws, as GeoJSON (RFC 7946, longitude first) or CSV. Read-only, open to any origin (CORS). ' +
        'Errors are JSON objects with an "error" message; a bad query parameter is named in "parameter" with what was "expected". ' +
        `Ids are permanent: a renamed or merged incident answers 308 to its new address, a retracted one 410. ` +
        `New and updated incidents are also an Atom feed at ${site}/feed.xml.`,
      license: { name: 'Data: CC BY 4.0; code: MIT', url: DATA_LICENSE },
    },
    servers: [{ url: site }],
    paths: {
      '/api/incidents': {
        get: {
          operationId: 'listIncidents',
          summary: 'Incidents matching the filters, newest first',
          parameters: [...FILTERS, param('zoom'), param('format'), param('lang'), param('ifNoneMatch')],
          responses: {
            200: {
              description:
                'A FeatureCollection (or CSV with format=csv). With bbox and zoom, clusters (Cluster) may stand for points where the box holds more than one answer.',
              headers: CACHE_HEADERS,
              content: {
                'application/geo+json': { schema: ref('FeatureCollection') },
                'text/csv': { schema: ref('Csv') },
              },
            },
            304: { description: 'Not modified (If-None-Match matched the ETag).' },
            400: error('A parameter is invalid or unknown; "parameter" names it.'),
          },
        },
      },
      '/api/tiles/{z}/{x}/{y}': {
        get: {
          operationId: 'getTile',
          summary: 'The incidents of one map tile: what the map asks for',
          description:
            'Tiles are the Web Mercator tiles of web maps (z/x/y, y from the north, 256 pixels). A tile answers its point incidents when they are few, otherwise ' +
            'clusters: the tile is cut into a 4 × 4 grid of cells, and the points sharing a cell are one Cluster (a cell of one point answers the point). ' +
            'Each point lies in exactly one tile; an area is in every tile it meets. The cells never depend on the filters, so a filter changes counts, never which points group.',
          parameters: [
            { name: 'z', in: 'path', required: true, schema: { type: 'integer', minimum: 0, maximum: 18 } },
            {
              name: 'x',
              in: 'path',
              required: true,
              description: '0 to 2^z − 1, west to east.',
              schema: { type: 'integer', minimum: 0 },
            },
            {
              name: 'y',
              in: 'path',
              required: true,
              description: '0 to 2^z − 1, north to south.',
              schema: { type: 'integer', minimum: 0 },
            },
            ...['from', 'to', 'setting', 'agency', 'q'].map(param),
            param('ifNoneMatch'),
          ],
          responses: {
            200: {
              description: 'A FeatureCollection of incidents and clusters.',
              headers: CACHE_HEADERS,
              content: { 'application/geo+json': { schema: ref('FeatureCollection') } },
            },
            304: { description: 'Not modified (If-None-Match matched the ETag).' },
            400: error(
              'Not a tile (z, x or y out of range), or a parameter is invalid or unknown (bbox and zoom included: the tile is both).',
            ),
          },
        },
      },
      '/api/incidents/{id}': {
        get: {
          operationId: 'getIncident',
          summary: 'One incident',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: ID_PATTERN.source, maxLength: 120 },
              example: 'ontario-surgery-center-2025-07-08',
            },
            param('ifNoneMatch'),
          ],
          responses: {
            200: {
              description: 'The incident.',
              headers: CACHE_HEADERS,
              content: { 'application/geo+json': { schema: ref('Feature') } },
            },
            304: { description: 'Not modified.' },
            308: {
              description: 'The id was renamed or merged: Location is the incident it now belongs to.',
              headers: { Location: { schema: { type: 'string', format: 'uri-reference' } } },
            },
            404: error('No incident has this id.'),
            410: { description: 'The incident was retracted: when and why.', content: json(ref('Retracted')) },
          },
        },
      },
      '/api/incidents.csv': {
        get: {
          operationId: 'listIncidentsCsv',
          summary: 'The same selection as /api/incidents, as CSV (RFC 4180), one row per incident',
          parameters: [
            ...FILTERS,
            { name: 'format', in: 'query', schema: { const: 'csv' } },
            param('lang'),
            param('ifNoneMatch'),
          ],
          responses: {
            200: {
              description: 'CSV, downloaded as incidents.csv (incidents-es.csv with lang=es).',
              headers: CACHE_HEADERS,
              content: { 'text/csv': { schema: ref('Csv') } },
            },
            304: { description: 'Not modified.' },
            400: error('A parameter is invalid or unknown.'),
          },
        },
      },
      '/api/summary': {
        get: {
          operationId: 'summarize',
          summary:
            'How many incidents match the filters (of the whole map), and how many per month matching every filter but the dates',
          parameters: [...['from', 'to', 'setting', 'agency', 'q'].map(param), param('ifNoneMatch')],
          responses: {
            200: {
              description: '{ count, months: { "YYYY-MM": n } }',
              headers: CACHE_HEADERS,
              content: json({
                type: 'object',
                required: ['count', 'months'],
                properties: {
                  count: { type: 'integer', minimum: 0 },
                  months: { type: 'object', additionalProperties: { type: 'integer', minimum: 1 } },
                },
              }),
            },
            304: { description: 'Not modified.' },
            400: error('A parameter is invalid or unknown (bbox and zoom included: a summary is of the whole map).'),
          },
        },
      },
      '/api/oembed': {
        get: {
          operationId: 'oembed',
          summary: 'oEmbed (https://oembed.com) for incident pages',
          parameters: [
            {
              name: 'url',
              in: 'query',
              required: true,
              schema: { type: 'string', format: 'uri' },
              example: `${site}/incidents/ontario-surgery-center-2025-07-08`,
            },
            {
              name: 'format',
              in: 'query',
              schema: { const: 'json' },
              description: 'Only json; anything else answers 501.',
            },
            { name: 'maxwidth', in: 'query', schema: { type: 'integer', minimum: 1 } },
            { name: 'maxheight', in: 'query', schema: { type: 'integer', minimum: 1 } },
          ],
          responses: {
            200: { description: 'A "rich" oEmbed answer: an iframe of the incident.', content: json(ref('OEmbed')) },
            400: error('"url" (or maxwidth/maxheight) is missing or invalid.'),
            404: error('The URL is not an incident page of this site.'),
            410: { description: 'The incident was retracted.', content: json(ref('Retracted')) },
            501: error('The requested format is not implemented.'),
          },
        },
      },
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'Whether this server can answer, and the dataset it serves (for load balancers; never cached)',
          responses: {
            200: {
              description:
                'Ready: the dataset version (SHA-256 of its files) and size, and whether the text-search index is built yet.',
              content: json({
                type: 'object',
                required: ['status', 'dataset', 'textIndex'],
                properties: {
                  status: { const: 'ready' },
                  dataset: {
                    type: 'object',
                    required: ['version', 'incidents'],
                    properties: { version: { type: 'string' }, incidents: { type: 'integer', minimum: 0 } },
                  },
                  textIndex: { enum: ['built', 'building'] },
                },
              }),
            },
            503: error('The server cannot serve its dataset.'),
          },
        },
      },
    },
    components: {
      parameters: {
        bbox: {
          name: 'bbox',
          in: 'query',
          description: 'west,south,east,north in degrees; incidents whose geometry intersects the box.',
          schema: { type: 'string', pattern: '^-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?){3}$' },
          example: '-118.5,33.5,-116.5,34.5',
        },
        from: {
          name: 'from',
          in: 'query',
          description: 'Incidents on or after this day.',
          schema: { type: 'string', format: 'date' },
        },
        to: {
          name: 'to',
          in: 'query',
          description: 'Incidents on or before this day (not before "from").',
          schema: { type: 'string', format: 'date' },
        },
        setting: {
          name: 'setting',
          in: 'query',
          description: 'Kinds of place; repeat the parameter or separate with commas.',
          style: 'form',
          explode: true,
          schema: { type: 'array', items: { enum: [...SETTINGS] } },
        },
        agency: {
          name: 'agency',
          in: 'query',
          description: 'Agencies; repeat the parameter or separate with commas.',
          style: 'form',
          explode: true,
          schema: { type: 'array', items: { enum: [...AGENCIES] } },
        },
        q: {
          name: 'q',
          in: 'query',
          description:
            'Words to find in titles, summaries, places, excerpts and the rest of the record, in either language: English or our Spanish (accents and case ignored).',
          schema: { type: 'string', maxLength: 200 },
        },
        zoom: {
          name: 'zoom',
          in: 'query',
          description:
            "The map's zoom (0–22), with bbox: where the box holds more than one answer, points sharing a cell of the tiles' 4 × 4 grid at this zoom (lowered for a box wider than 2,048 pixels) come as a Cluster.",
          schema: { type: 'integer', minimum: 0, maximum: 22 },
        },
        format: { name: 'format', in: 'query', schema: { enum: ['geojson', 'csv'], default: 'geojson' } },
        lang: {
          name: 'lang',
          in: 'query',
          description:
            'CSV only: the edition whose words fill the prose columns (title, place, location_basis) and whose pages the url column links to: "en" (the default) or "es", our Spanish. Column names do not change. GeoJSON features carry both languages: prose fields are {"en", "es"} objects, and excerpts keep their original words with our translations beside them.',
          schema: { enum: ['en', 'es'], default: 'en' },
        },
        ifNoneMatch: { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: { type: 'string', description: 'What went wrong, in words.' },
            parameter: { type: 'string', description: 'The query parameter at fault (400).' },
            expected: { type: 'string', description: 'What the parameter accepts (400).' },
            received: { type: 'string' },
            id: { type: 'string' },
          },
        },
        Retracted: {
          type: 'object',
          required: ['error', 'id', 'retracted', 'reason'],
          properties: {
            error: { type: 'string' },
            id: { type: 'string' },
            retracted: { type: 'string', format: 'date' },
            reason: ref('Bilingual'),
          },
        },
        FeatureCollection: {
          type: 'object',
          required: ['type', 'features'],
          properties: {
            type: { const: 'FeatureCollection' },
            features: { type: 'array', items: { oneOf: [ref('Feature'), ref('Cluster')] } },
          },
        },
        Cluster: {
          type: 'object',
          description:
            'Points sharing a cell of the grid, at their mean position. Its id names the cell (cluster-{zoom}-{column}-{row}; "a" before the column for areas gathered at their centres).',
          required: ['type', 'id', 'geometry', 'properties', 'bbox'],
          properties: {
            type: { const: 'Feature' },
            id: { type: 'string', example: 'cluster-6-45-103' },
            bbox: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 },
            geometry: {
              type: 'object',
              properties: { type: { const: 'Point' }, coordinates: { type: 'array', items: { type: 'number' } } },
            },
            properties: {
              type: 'object',
              required: ['cluster', 'count', 'expansionZoom', 'bbox'],
              properties: {
                cluster: { const: true },
                count: { type: 'integer', description: 'How many incidents it stands for.' },
                expansionZoom: {
                  type: 'integer',
                  description: 'The first zoom at which its members no longer share a cell (19: never on the map).',
                },
                bbox: {
                  type: 'array',
                  items: { type: 'number' },
                  minItems: 4,
                  maxItems: 4,
                  description: "The members' box.",
                },
              },
            },
          },
        },
        Feature: {
          type: 'object',
          required: ['type', 'id', 'geometry', 'properties', 'bbox'],
          properties: {
            type: { const: 'Feature' },
            id: { type: 'string', pattern: ID_PATTERN.source, description: 'Permanent.' },
            bbox: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 },
            geometry: {
              description: 'A Point for a place; a Polygon or MultiPolygon for an area (precision "region").',
              type: 'object',
              required: ['type', 'coordinates'],
              properties: { type: { enum: ['Point', 'Polygon', 'MultiPolygon'] }, coordinates: { type: 'array' } },
            },
            properties: ref('IncidentProperties'),
          },
        },
        Bilingual: {
          type: 'object',
          description: 'Our words in both editions: English and our Spanish.',
          required: ['en', 'es'],
          properties: { en: { type: 'string' }, es: { type: 'string' } },
        },
        NameOrBilingual: {
          description: 'A proper name (a string, the same in both editions) or a description in both languages.',
          oneOf: [{ type: 'string' }, ref('Bilingual')],
        },
        Translation: {
          type: 'object',
          required: ['text', 'translator'],
          properties: {
            text: { type: 'string', description: 'Our translation, not a quote.' },
            translator: ref('NameOrBilingual'),
            reviewer: {
              ...ref('NameOrBilingual'),
              description: 'Who checked it against the original; absent when no second person has.',
            },
          },
        },
        IncidentProperties: {
          type: 'object',
          required: [
            'title',
            'summary',
            'date',
            'datePrecision',
            'setting',
            'agencies',
            'place',
            'location',
            'sources',
            'updated',
            'path',
          ],
          properties: {
            title: { type: 'string' },
            summary: { type: 'string', description: 'Neutral, in our words.' },
            es: { type: 'object', properties: { title: { type: 'string' }, summary: { type: 'string' } } },
            date: { type: 'string', description: 'YYYY-MM-DD, YYYY-MM or YYYY.' },
            datePrecision: { enum: ['day', 'month', 'year'] },
            endDate: { type: 'string', format: 'date' },
            time: ref('Bilingual'),
            setting: { enum: [...SETTINGS] },
            agencies: { type: 'array', items: { enum: [...AGENCIES] } },
            place: {
              type: 'object',
              properties: {
                name: ref('NameOrBilingual'),
                address: { type: 'string' },
                city: { type: 'string' },
                state: { type: 'string' },
                counties: {
                  type: 'array',
                  items: { type: 'object', properties: { name: { type: 'string' }, fips: { type: 'string' } } },
                },
              },
            },
            location: {
              type: 'object',
              properties: {
                precision: { enum: [...PRECISIONS] },
                basis: { ...ref('Bilingual'), description: 'Where the coordinates come from.' },
                radius: { type: 'number', description: 'Metres around the point within which the place lies.' },
              },
            },
            sources: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  publisher: { type: 'string' },
                  title: { type: 'string' },
                  url: { type: 'string', format: 'uri' },
                  published: { type: 'string' },
                  language: { type: 'string' },
                  kind: { enum: [...SOURCE_KINDS] },
                  excerpts: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        text: { type: 'string', description: "Verbatim, in the source's language." },
                        part: { enum: ['body', 'photo-caption'] },
                        translations: {
                          type: 'object',
                          description:
                            "Our translations of the excerpt by language (never the quote itself), one for each edition whose language differs from the source's.",
                          additionalProperties: ref('Translation'),
                        },
                      },
                    },
                  },
                },
              },
            },
            claims: { type: 'array', items: { type: 'object' } },
            disagreements: { type: 'array', items: { type: 'object' } },
            notes: { type: 'array', items: ref('Bilingual') },
            furtherReporting: { type: 'array', items: { type: 'object' } },
            related: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'string' }, relation: ref('Bilingual') } },
            },
            updated: { type: 'string', format: 'date' },
            corrections: {
              type: 'array',
              items: {
                type: 'object',
                properties: { date: { type: 'string', format: 'date' }, note: ref('Bilingual') },
              },
            },
            path: { type: 'string', description: 'The incident page, e.g. /incidents/{id}.' },
          },
        },
        Csv: {
          type: 'string',
          description: `Header row: ${INCIDENT_COLUMNS.join(',')}. Areas give their centroid as longitude/latitude.`,
        },
        OEmbed: {
          type: 'object',
          required: ['version', 'type', 'html', 'width', 'height'],
          properties: {
            version: { const: '1.0' },
            type: { const: 'rich' },
            title: { type: 'string' },
            provider_name: { type: 'string' },
            provider_url: { type: 'string', format: 'uri' },
            html: { type: 'string', description: 'An <iframe> of /embed/incidents/{id}.' },
            width: { type: 'integer' },
            height: { type: 'integer' },
            cache_age: { type: 'integer' },
          },
        },
      },
    },
  };
}
