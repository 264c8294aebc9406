import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));
/**
 * The fixture story (tests/fixtures/story) built by `npm run build:fixture`, with the bench
 * hook (window.__map). FIXTURE_APP_DIST points at another such build.
 */
export const FIXTURE_DIST_DIR = resolve(process.env.FIXTURE_APP_DIST ?? fileURLToPath(new URL('../../../dist-fixture/', import.meta.url)));

export interface ServeOptions {
  /** Directory to serve; the built app by default. */
  root?: string;
  /** gzip every response when the client accepts it (as a CDN would). */
  gzip?: boolean;
  /** Added to every response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /**
   * Extra pages served from memory at an exact path, e.g. `{ '/host.html': '<!doctype html>…' }`.
   * A function gets the server's origins, for a host page that must point at the app.
   */
  routes?: Record<string, string | ((origins: Origins) => string)>;
}

export interface Origins {
  origin: string;
  altOrigin: string;
}

export interface StaticServer extends Origins {
  /** `http://localhost:PORT`: the app's origin in the tests. */
  origin: string;
  /** `http://127.0.0.1:PORT`: same server, but a different origin for the browser. */
  altOrigin: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a URL path names inside `root`, or null when it is missing or would escape root. */
function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, '.' + (decoded.endsWith('/') ? decoded + 'index.html' : decoded));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (!existsSync(file)) return null;
  const stat = statSync(file);
  if (stat.isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return stat.isFile() ? file : null;
}

function handler(root: string, opts: ServeOptions, origins: () => Origins) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    for (const [k, v] of Object.entries(opts.headers ?? {})) res.setHeader(k, v);
    // Every test must see the current build, never a cached one.
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const routeSpec = opts.routes && Object.hasOwn(opts.routes, path) ? opts.routes[path] : undefined;
    const route = typeof routeSpec === 'function' ? routeSpec(origins()) : routeSpec;
    const file = route === undefined ? resolveFile(root, path) : null;
    if (route === undefined && file === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
      return;
    }
    // A route with no extension is a page: host pages are what routes are for.
    res.setHeader('Content-Type', file ? mimeType(file) : extname(path) ? mimeType(path) : MIME['.html']!);
    const wantsGzip = opts.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (route === undefined && !wantsGzip) {
      res.setHeader('Content-Length', statSync(file!).size);
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file!).pipe(res);
      return;
    }
    let body: Buffer = route === undefined ? await readFile(file!) : Buffer.from(route, 'utf8');
    if (wantsGzip) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
}

/**
 * A dependency-free static server for `dist/` on an ephemeral loopback port.
 * `localhost` may resolve to ::1 as well as 127.0.0.1, so the same port is also opened on ::1
 * where this machine has IPv6; 127.0.0.1 alone is the fallback.
 */
export async function serveDist(opts: ServeOptions = {}): Promise<StaticServer> {
  // APP_DIST points the tests at another build, e.g. one of a clean checkout while others
  // rebuild dist/ in a shared working tree.
  const root = resolve(opts.root ?? process.env.APP_DIST ?? DIST_DIR);
  if (!opts.root && !existsSync(join(root, 'index.html'))) {
    throw new Error(`No built app at ${root}: run \`vite build\` first (npm test does).`);
  }
  if (root === FIXTURE_DIST_DIR && !existsSync(join(root, 'index.html'))) {
    throw new Error(`No fixture build at ${root}: run \`npm run build:fixture\` first (npm test does).`);
  }
  let origins: Origins = { origin: '', altOrigin: '' };
  const handle = handler(root, opts, () => origins);
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  };
  const v4 = createServer(onRequest);
  await listen(v4, 0, '127.0.0.1');
  const { port } = v4.address() as AddressInfo;
  const servers = [v4];
  const v6 = createServer(onRequest);
  try {
    await listen(v6, port, '::1');
    servers.push(v6);
  } catch {
    // No IPv6 loopback here (or the port is taken there): 127.0.0.1 serves localhost alone.
  }
  origins = { origin: `http://localhost:${port}`, altOrigin: `http://127.0.0.1:${port}` };
  return {
    ...origins,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((ok) => {
              s.close(() => ok());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}
