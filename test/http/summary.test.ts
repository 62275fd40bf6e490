/** GET /api/summary: the count of a selection and its incidents per month, for the map's panel and timeline. */
import { describe, expect, it } from 'vitest';
import { collection, get } from './helpers';

describe('GET /api/summary', () => {
  it('counts what /api/incidents lists, and the months of the selection without its dates', async () => {
    const all = await collection('');
    const res = await get('/api/summary');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('etag')).toBeTruthy();
    const summary = (await res.json()) as { count: number; months: Record<string, number>; bbox: number[] };
    expect(summary.count).toBe(all.features.length);
    expect(Object.values(summary.months).reduce((a, b) => a + b, 0)).toBe(all.features.length);
    expect(summary.bbox).toHaveLength(4);

    const dated = await (await get('/api/summary?from=2025-07-01&setting=courthouse')).json();
    const listed = await collection('from=2025-07-01&setting=courthouse');
    expect(dated.count).toBe(listed.features.length);
    const undated = await collection('setting=courthouse');
    expect(Object.values(dated.months as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      undated.features.length,
    );
  });

  it('refuses a view (a summary is of the whole map) and bad filters, naming the parameter', async () => {
    for (const [query, parameter] of [
      ['bbox=-120,30,-110,40', 'bbox'],
      ['zoom=4', 'zoom'],
      ['setting=castle', 'setting'],
      ['frm=2025-01-01', 'frm'],
    ]) {
      const res = await get(`/api/summary?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).parameter).toBe(parameter);
    }
  });

  it('answers 304 to its own ETag', async () => {
    const etag = (await get('/api/summary?agency=ice')).headers.get('etag')!;
    expect((await get('/api/summary?agency=ice', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });
});
