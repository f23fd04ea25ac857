// The publishing build's check of SITE_URL: only a real https address at the
// root of its host passes, because every embed code points there.
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, checkPublishingAddress } from '../../src/lib/site-address.ts';

describe('checkPublishingAddress', () => {
  it.each([
    ['https://example.test', 'https://example.test'],
    ['https://example.test/', 'https://example.test'],
    ['  https://spo.example-news.co.uk/ ', 'https://spo.example-news.co.uk'],
    ['https://example.test:8443', 'https://example.test:8443'],
  ])('accepts %j as %s', (address, origin) => {
    expect(checkPublishingAddress(address)).toEqual({ ok: true, origin });
  });

  it.each([
    ['no address', undefined, /SITE_URL is not set/],
    ['a blank address', ' ', /SITE_URL is not set/],
    ['the placeholder', PLACEHOLDER_SITE_URL, /is the placeholder/],
    ['the placeholder with a slash', `${PLACEHOLDER_SITE_URL}/`, /is the placeholder/],
    ['plain http', 'http://example.test', /does not start https:\/\//],
    ['not an address', 'example.test', /is not an address/],
    ['a path', 'https://user.github.io/spo/', /has a path \(\/spo\/\)/],
    ['a query', 'https://example.test/?a=1', /query or fragment/],
    ['credentials', 'https://me:secret@example.test', /user name/],
  ])('refuses %s', (_, address, problem) => {
    const check = checkPublishingAddress(address);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });
});
