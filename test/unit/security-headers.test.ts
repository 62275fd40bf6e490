/** The Content-Security-Policy built from the path and TILE_URL (lib/shared/security-headers.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapConfig } from '@/lib/config';
import {
  API_POLICY,
  DEFAULT_TILE_URL,
  pagePolicy as contentSecurityPolicy,
  tileSource,
} from '@/lib/shared/security-headers';
import { isEmbedPath } from '@/lib/shared/routes';

/** The policy as a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('tileSource', () => {
  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.openstreetmap.fr/hot/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.fr'],
    ['https://tiles-{s}.example.org/{z}/{x}/{y}.png?key=abc', 'https://*.example.org'],
    ['http://localhost:8080/tiles/{z}/{x}/{y}.png', 'http://localhost:8080'],
    ['HTTPS://Tiles.Example.ORG/{z}/{x}/{y}.png', 'https://tiles.example.org'],
  ])('%s → %s', (template, source) => {
    expect(tileSource(template)).toBe(source);
  });

  it('needs no source for tiles served by the site itself', () => {
    expect(tileSource('/tiles/{z}/{x}/{y}.png')).toBeUndefined();
  });

  it.each([
    ['a placeholder past the first label', 'https://a.{s}.example.org/{z}/{x}/{y}.png'],
    ['another scheme', 'ftp://tiles.example.org/{z}/{x}/{y}.png'],
    ['a protocol-relative URL', '//tiles.example.org/{z}/{x}/{y}.png'],
    ['a policy injection', 'https://tiles.example.org; script-src *'],
    ['a bare word', 'tiles'],
  ])('refuses %s', (_what, template) => {
    expect(() => tileSource(template)).toThrow(/TILE_URL/);
  });
});

describe('contentSecurityPolicy', () => {
  it('pages: same origin, the tile host for images, no plugins, no base, not framable', () => {
    const d = directives(contentSecurityPolicy('/incidents/x', 'https://{s}.tiles.example.org/{z}/{x}/{y}.png'));
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('script-src')).not.toContain("'unsafe-eval'");
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'https://*.tiles.example.org']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it.each(['/embed', '/embed/', '/embed/incidents/x', '/es/embed', '/es/embed/incidents/x'])(
    '%s may be framed by any site',
    (path) => {
      expect(isEmbedPath(path)).toBe(true);
      expect(directives(contentSecurityPolicy(path)).get('frame-ancestors')).toEqual(['*']);
    },
  );

  it.each(['/', '/embed.js', '/embedded', '/incidents/embed', '/es', '/es/embedx'])('%s may not be framed', (path) => {
    expect(isEmbedPath(path)).toBe(false);
    expect(directives(contentSecurityPolicy(path)).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows eval only under next dev, whose React needs it', () => {
    expect(directives(contentSecurityPolicy('/', DEFAULT_TILE_URL, true)).get('script-src')).toEqual([
      "'self'",
      "'unsafe-inline'",
      "'unsafe-eval'",
    ]);
    expect(directives(contentSecurityPolicy('/')).get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('API answers load nothing', () => {
    expect(API_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe('the default tile URL', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the one lib/config.ts falls back to', () => {
    vi.stubEnv('TILE_URL', '');
    expect(mapConfig().tileUrl).toBe(DEFAULT_TILE_URL);
  });
});
