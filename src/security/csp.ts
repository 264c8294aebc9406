/**
 * The page's Content-Security-Policy: everything from our own origin, nothing inline, no
 * eval. The same string is in index.html (a <meta>, so any static host gets it) and is sent
 * as a header by `npm start` (vite.config.ts preview.headers); tests/security/csp.test.ts
 * keeps the three in step.
 *
 * - style-src 'self': our CSS and MapLibre's are bundled into one file. Code may still set
 *   element.style (CSSOM), which CSP allows; a `style="…"` attribute would be blocked.
 * - img-src data: blob:: the `data:,` favicon (no request) and MapLibre's image decoding.
 * - worker-src 'self' blob: MapLibre 6 starts its module worker from our own
 *   assets/maplibre-gl-worker-*.mjs (setWorkerUrl); it falls back to a blob: URL only when
 *   the worker URL is cross-origin. data:: in an iframe sandboxed without allow-same-origin
 *   (an opaque origin) no worker URL is same-origin and Chrome refuses module workers from
 *   blob: there (crbug 40067939), so MapLibre fetches its worker code and starts it from a
 *   data: URL. A data: worker needs script already running in the page to be created.
 * - No frame-ancestors: newsrooms must be able to embed the map in any page. (frame-ancestors
 *   is ignored in a <meta> anyway; a host that wants it adds it to its header.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
