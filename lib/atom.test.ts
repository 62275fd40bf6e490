import { describe, expect, it } from 'vitest';
import { rfc3339, xmlEscape } from './atom';

describe('atom helpers', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('dates at any precision become RFC 3339 timestamps', () => {
    expect(rfc3339('2025-07-08')).toBe('2025-07-08T00:00:00Z');
    expect(rfc3339('2025-07')).toBe('2025-07-01T00:00:00Z');
    expect(rfc3339('2025')).toBe('2025-01-01T00:00:00Z');
  });
});
