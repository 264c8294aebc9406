import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../security/csp.ts';

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>\s*/i;

/**
 * Keeps index.html's CSP <meta> honest. In a build it fails unless the tag is present and
 * equal to CONTENT_SECURITY_POLICY (the header `npm start` sends). Under the dev server it
 * removes the tag: Vite's HMR client injects CSS as inline <style> elements, which a strict
 * style-src rightly blocks. The dev server is never what readers get, and `vite preview`
 * serves the built dist/ without running this hook.
 */
export function contentSecurityPolicy(): Plugin {
  let serve = false;
  return {
    name: 'critical-minerals:csp',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const match = META.exec(html);
      if (serve) return html.replace(META, '');
      if (!match) throw new Error('index.html: the Content-Security-Policy <meta> is missing (see src/security/csp.ts).');
      if (match[1] !== CONTENT_SECURITY_POLICY) {
        throw new Error(
          `index.html: the Content-Security-Policy <meta> differs from src/security/csp.ts.\n  meta: ${match[1]}\n  csp.ts: ${CONTENT_SECURITY_POLICY}`,
        );
      }
      return html;
    },
  };
}
