import { describe, expect, it } from 'vitest';
import { classifyPath, isApiPath, isEmbedPath } from './routes';

describe('classifyPath', () => {
  it('tells the API, the editor, site files and page addresses apart', () => {
    expect(classifyPath('/editor')).toEqual({ kind: 'editor' });
    expect(classifyPath('/robots.txt')).toEqual({ kind: 'site-file' });
    expect(classifyPath('/api/summary')).toEqual({ kind: 'api', incident: undefined });
    expect(classifyPath('/api/incidents/a%20b')).toEqual({ kind: 'api', incident: 'a%20b' });
    expect(classifyPath('/api')).toMatchObject({ kind: 'api' });
    expect(classifyPath('/apixyz')).toMatchObject({ kind: 'page', page: false });
  });

  it('names the edition, whether the address is a page, and an incident id as sent', () => {
    expect(classifyPath('/')).toEqual({ kind: 'page', locale: 'en', path: '/', page: true, incident: undefined });
    expect(classifyPath('/es/about')).toEqual({
      kind: 'page',
      locale: 'es',
      path: '/about',
      page: true,
      incident: undefined,
    });
    expect(classifyPath('/es/embed/incidents/x-1')).toEqual({
      kind: 'page',
      locale: 'es',
      path: '/embed/incidents/x-1',
      page: true,
      incident: { prefix: '/embed/incidents/', segment: 'x-1' },
    });
    expect(classifyPath('/incidents/x/share-image')).toMatchObject({ page: true, incident: undefined });
    expect(classifyPath('/nowhere')).toMatchObject({ kind: 'page', page: false });
  });

  it('agrees with isApiPath and isEmbedPath', () => {
    expect(isApiPath('/api/tiles/1/2/3')).toBe(true);
    expect(isApiPath('/apis')).toBe(false);
    expect(isEmbedPath('/es/embed/incidents/x')).toBe(true);
    expect(isEmbedPath('/embedded')).toBe(false);
  });
});
