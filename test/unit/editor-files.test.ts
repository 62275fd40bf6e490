import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalText } from '@/lib/editor/canonical';
import { incidentSchema, sourceSchema } from '@/lib/shared/schema';
import { BadId, dataPath } from '@/lib/editor/paths';
import { applyChanges, readWithVersion } from '@/lib/editor/files';

const INCIDENT = 'data/incidents/ontario-surgery-center-2025-07-08.json';

describe('canonicalJson', () => {
  it('orders keys as the schema declares them, whatever order they came in', () => {
    const json = JSON.parse(fs.readFileSync(INCIDENT, 'utf8'));
    const shuffled = { properties: json.properties, id: json.id, geometry: json.geometry, type: json.type };
    const text = canonicalJson(shuffled, incidentSchema);
    expect(text.indexOf('"type"')).toBeLessThan(text.indexOf('"id"'));
    expect(text.indexOf('"id"')).toBeLessThan(text.indexOf('"geometry"'));
    expect(text).toBe(canonicalJson(json, incidentSchema));
    // Further reporting: publisher, title, date, url, note, as in lib/shared/schema.ts.
    const link = text.slice(text.indexOf('"furtherReporting"'));
    expect(link.indexOf('"url"')).toBeLessThan(link.indexOf('"note"'));
  });

  it('is stable: formatting its own output again gives the same bytes', () => {
    for (const f of fs.readdirSync('data/incidents')) {
      const once = canonicalJson(JSON.parse(fs.readFileSync(path.join('data/incidents', f), 'utf8')), incidentSchema);
      expect(canonicalJson(JSON.parse(once), incidentSchema)).toBe(once);
    }
  });

  it('uses two spaces, LF line ends, a final newline, and one line for what fits', () => {
    const text = canonicalJson(
      { id: 'x', notes: ['a'], nonReporting: [], publisher: 'P', long: 'y'.repeat(130) },
      sourceSchema,
    );
    expect(text).toBe(
      `{\n  "id": "x",\n  "publisher": "P",\n  "notes": ["a"],\n  "nonReporting": [],\n  "long": "${'y'.repeat(130)}"\n}\n`,
    );
    expect(canonicalJson({ type: 'Point', coordinates: [1, 2] })).toBe('{ "type": "Point", "coordinates": [1, 2] }\n');
    expect(text).not.toContain('\r');
  });

  it('writes our words English first, and an excerpt as text, then translations (text, translator, reviewer)', () => {
    const json = JSON.parse(fs.readFileSync(INCIDENT, 'utf8'));
    const p = json.properties;
    // As a form may build them: the Spanish typed first, the translation's fields in any order.
    p.location.basis = { es: p.location.basis.es, en: p.location.basis.en };
    p.place.name = { es: 'Un lugar', en: 'A place' };
    const excerpt = p.sources[0].excerpts[0];
    p.sources[0].excerpts[0] = {
      translations: { es: { reviewer: 'R', translator: { es: 'T es', en: 'T en' }, text: 'traducción' } },
      text: excerpt.text,
    };
    const text = canonicalJson(json, incidentSchema);
    expect(text).toContain('"basis": {\n        "en": ');
    expect(text).toContain('"name": { "en": "A place", "es": "Un lugar" }');
    expect(text).toContain(`"text": ${JSON.stringify(excerpt.text)},\n`);
    expect(text).toContain(
      '"es": { "text": "traducción", "translator": { "en": "T en", "es": "T es" }, "reviewer": "R" }',
    );
    expect(incidentSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('drops undefined members (an emptied optional field)', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{ "a": 1 }\n');
  });
});

describe('canonicalText', () => {
  it('keeps the text and only normalises line ends and the final newline', () => {
    expect(canonicalText('a\r\nb  \rc\n\n\n')).toBe('a\nb  \nc\n');
    expect(canonicalText('\nx')).toBe('\nx\n');
  });
});

describe('dataPath', () => {
  it('builds a path only from a valid id', () => {
    expect(dataPath('/d', 'incident', 'a-b')).toBe('/d/incidents/a-b.json');
    expect(dataPath('/d', 'text', 'a-b')).toBe('/d/sources/a-b.txt');
    for (const bad of ['../x', 'a/b', 'a\\b', '..', 'A', 'a.b', '', 'a\0b', 'x'.repeat(121), 7]) {
      expect(() => dataPath('/d', 'incident', bad)).toThrow(BadId);
    }
  });
});

describe('applyChanges', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-files-'));
  const file = path.join(dir, 'a.json');

  it('writes through a rename and leaves no temporary file', () => {
    expect(applyChanges([{ name: 'a.json', file, text: '{}\n', base: null }])).toEqual({
      conflicts: [],
      written: ['a.json'],
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('{}\n');
    expect(fs.readdirSync(dir)).toEqual(['a.json']);
  });

  it('refuses to overwrite a file changed since it was opened, and writes none of the others', () => {
    const { version } = readWithVersion(file);
    fs.writeFileSync(file, '{ "theirs": 1 }\n');
    const other = path.join(dir, 'b.json');
    const result = applyChanges([
      { name: 'b.json', file: other, text: '[]\n', base: null },
      { name: 'a.json', file, text: '{ "mine": 1 }\n', base: version },
    ]);
    expect(result.conflicts).toEqual([{ name: 'a.json', mine: '{ "mine": 1 }\n', theirs: '{ "theirs": 1 }\n' }]);
    expect(fs.existsSync(other)).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('{ "theirs": 1 }\n');
  });
});
