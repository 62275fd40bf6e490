import { describe, expect, it } from 'vitest';
import { incidentIdOf } from './oembed';

const origins = ['https://map.example.org'];

describe('incidentIdOf', () => {
  it('accepts incident pages and embeds of our origin, whatever the scheme, www, query or hash', () => {
    expect(incidentIdOf('https://map.example.org/incidents/sf-2025', origins)).toBe('sf-2025');
    expect(incidentIdOf('http://www.map.example.org/incidents/sf-2025/?utm_source=x#cite', origins)).toBe('sf-2025');
    expect(incidentIdOf('https://map.example.org/embed/incidents/sf-2025', origins)).toBe('sf-2025');
  });

  it('accepts map links that open an incident, in either edition, embedded or not', () => {
    expect(incidentIdOf('https://map.example.org/?incident=sf-2025&setting=courthouse', origins)).toBe('sf-2025');
    expect(incidentIdOf('https://map.example.org/es?incident=sf-2025', origins)).toBe('sf-2025');
    expect(incidentIdOf('https://map.example.org/embed?incident=sf-2025', origins)).toBe('sf-2025');
    expect(incidentIdOf('https://map.example.org/es/embed?incident=sf-2025', origins)).toBe('sf-2025');
    expect(incidentIdOf('https://map.example.org/?setting=courthouse', origins)).toBeUndefined();
    expect(incidentIdOf('https://map.example.org/about?incident=sf-2025', origins)).toBeUndefined();
  });

  it('rejects other sites, other pages and what is not a URL', () => {
    expect(incidentIdOf('https://elsewhere.example/incidents/sf-2025', origins)).toBeUndefined();
    expect(incidentIdOf('https://map.example.org/about', origins)).toBeUndefined();
    expect(incidentIdOf('https://map.example.org/incidents/sf-2025/opengraph-image', origins)).toBeUndefined();
    expect(incidentIdOf('javascript:alert(1)', origins)).toBeUndefined();
    expect(incidentIdOf('not a url', origins)).toBeUndefined();
  });
});
