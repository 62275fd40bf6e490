/** Security headers on pages and the API; framing allowed only for embeds. */
import { describe, expect, it } from 'vitest';
import { get } from './helpers';

const common = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

describe('security headers', () => {
  for (const path of ['/', '/api/incidents', '/api/incidents/sf-immigration-court-2025-07-08', '/incidents/sf-immigration-court-2025-07-08', '/no-such-page']) {
    it(`${path}: nosniff, referrer and permissions policies, no X-Powered-By, not framable`, async () => {
      const res = await get(path);
      for (const [name, value] of Object.entries(common)) expect(res.headers.get(name)).toBe(value);
      expect(res.headers.get('permissions-policy')).toContain('geolocation=()');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    });
  }

  for (const path of ['/embed', '/embed/incidents/sf-immigration-court-2025-07-08']) {
    it(`${path}: may be framed by any site`, async () => {
      const res = await get(path);
      expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
      expect(res.headers.get('x-frame-options')).toBeNull();
    });
  }
});
