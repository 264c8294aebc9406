import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import config from '../../vite.config';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/))
    .map(([k, ...v]) => [k!, v]),
);

describe('CONTENT_SECURITY_POLICY', () => {
  test('is what index.html declares in its <meta>', () => {
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(indexHtml)?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  test('is what npm start (vite preview) sends as a header', () => {
    expect((config as { preview?: { headers?: Record<string, string> } }).preview?.headers?.['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  test("allows no inline script, no eval and no inline style, and scripts only from 'self'", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|nonce-|sha256-|\*/);
    expect([directives.get('default-src'), directives.get('script-src'), directives.get('style-src')]).toEqual([["'self'"], ["'self'"], ["'self'"]]);
    expect([directives.get('object-src'), directives.get('form-action'), directives.get('base-uri')]).toEqual([["'none'"], ["'none'"], ["'self'"]]);
  });

  test('leaves framing open, so any site can embed the map', () => {
    expect(directives.has('frame-ancestors')).toBe(false);
  });

  test('index.html has no inline script, no style attribute and no event-handler attribute', () => {
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(indexHtml).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });
});
