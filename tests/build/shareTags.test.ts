import { describe, expect, it } from 'vitest';
import { siteUrlFrom } from '../../src/build/shareTags';

describe('siteUrlFrom(value)', () => {
  it('is null when SITE_URL is unset or blank', () => {
    expect(siteUrlFrom(undefined)).toBeNull();
    expect(siteUrlFrom('  ')).toBeNull();
  });
  it('makes a folder URL of the address', () => {
    expect(siteUrlFrom('https://example.org/map')).toBe('https://example.org/map/');
    expect(siteUrlFrom('https://example.org/map/?x=1#y')).toBe('https://example.org/map/');
  });
  it('rejects anything but an absolute http(s) URL', () => {
    expect(() => siteUrlFrom('example.org/map')).toThrow(/SITE_URL/);
    expect(() => siteUrlFrom('ftp://example.org/')).toThrow(/SITE_URL/);
  });
});
