import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from './jsonld';

describe('scriptSafeJson', () => {
  it('cannot end or alter the <script> it is written into, and stays the same JSON', () => {
    const value = { name: '</script><script>alert(1)</script>', note: '<!-- & -->', line: 'a\u2028b' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
