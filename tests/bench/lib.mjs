// Helpers for tests/bench/run.mjs: builds, a gzip static server, trace analysis, statistics.
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const OUT = join(ROOT, 'dist-bench');

/** Builds the app (with the bench hook that exposes the map), the baseline page, the overlay page and the lines page. */
export async function buildAll() {
  const { build } = await import('vite');
  const quiet = { logLevel: 'warn' };
  process.env.VITE_BENCH_HOOK = '1';
  await build({ ...quiet, root: ROOT, configFile: join(ROOT, 'vite.config.ts'), build: { outDir: join(OUT, 'app'), emptyOutDir: true } });
  delete process.env.VITE_BENCH_HOOK;
  for (const page of ['baseline', 'overlay', 'lines']) {
    await build({
      ...quiet,
      root: join(ROOT, 'tests/bench', page),
      configFile: false,
      base: './',
      publicDir: join(ROOT, 'public'),
      build: { outDir: join(OUT, page), emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
    });
  }
  // The baseline draws the app's basemap file; the public dir copy already put it in place.
  if (!existsSync(join(OUT, 'baseline/basemap/world.topo.json'))) cpSync(join(ROOT, 'public/basemap'), join(OUT, 'baseline/basemap'), { recursive: true });
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

/**
 * Serves OUT (app/, baseline/, overlay/, lines/) on 127.0.0.1, gzip-compressed at zlib's default
 * level 6 (what a typical CDN or nginx `gzip on` does), compressed once per file and cached.
 */
export async function serve({ routes = {} } = {}) {
  const cache = new Map();
  const log = [];
  let origins = { origin: '', altOrigin: '' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // A page made per request (a host article that must name the app's other origin).
    if (Object.hasOwn(routes, path)) {
      const body = Buffer.from(routes[path](origins), 'utf8');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      res.end(body);
      return;
    }
    const file = resolve(OUT, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(OUT + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const key = `${file}:${gzip}`;
    if (!cache.has(key)) cache.set(key, gzip ? gzipSync(readFileSync(file)) : readFileSync(file));
    const body = cache.get(key);
    const headers = {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'max-age=3600',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    };
    res.writeHead(200, headers);
    res.end(body);
    const headerBytes = Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 17 + 2);
    log.push({ url: `http://x${path}`, encoded: body.length + headerBytes, host: String(req.headers.host ?? ''), at: performance.now() });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  // The same server under a second name is a second origin, for cross-origin frames.
  origins = { origin: `http://127.0.0.1:${port}`, altOrigin: `http://localhost:${port}` };
  return {
    ...origins,
    log,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** What a request is, for the transfer split. */
export function category(url) {
  const path = new URL(url).pathname;
  if (path.includes('/basemap/')) return 'basemap';
  if (path.includes('/data/')) return 'data';
  if (/\.woff2?$/.test(path)) return 'fonts';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

/**
 * Main-thread time per frame from a Chromium trace. The page calls
 * console.timeStamp('bench-frame') at the start of every animation frame it drives; a frame
 * is the span from the start of the task holding one stamp to the start of the task holding
 * the next, and its main-thread time is how much of that span the renderer's main thread
 * spent inside top-level tasks (ThreadControllerImpl::RunTask, merged so nothing counts twice):
 * script, style, layout, paint recording, MapLibre's render calls, GC. Raster and GPU work
 * run on other threads and processes and are not counted.
 */
export function framesFromTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const stamps = events.filter((e) => e.name === 'TimeStamp' && /bench-frame/.test(JSON.stringify(e.args ?? {})));
  if (stamps.length < 3) return [];
  const { pid, tid } = stamps[0];
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && /RunTask$/.test(e.name) && e.dur > 0)
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [s, e] of tasks) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const boundary = (ts) => merged.find(([s, e]) => s <= ts && ts <= e)?.[0] ?? ts;
  const bounds = stamps.map((e) => boundary(e.ts)).sort((a, b) => a - b);
  const frames = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    let busy = 0;
    for (const [s, e] of merged) {
      if (e <= a) continue;
      if (s >= b) break;
      busy += Math.min(e, b) - Math.max(s, a);
    }
    frames.push({ busy: busy / 1000, interval: (b - a) / 1000 });
  }
  return frames;
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel'];

export function quantile(values, q) {
  const v = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  return v[lo] + (v[Math.min(lo + 1, v.length - 1)] - v[lo]) * (pos - lo);
}

/** Median and range over runs. */
export function summary(values) {
  const v = values.filter(Number.isFinite);
  return { median: quantile(v, 0.5), min: Math.min(...v), max: Math.max(...v), runs: v };
}

export function machine(browserVersion) {
  const cpu =
    readFileSync('/proc/cpuinfo', 'utf8')
      .match(/model name\s*:\s*(.*)/)?.[1]
      ?.trim() ?? cpus()[0]?.model;
  let chromium = browserVersion;
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  return {
    nproc: cpus().length,
    cpu,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    webgl: 'SwiftShader (software WebGL 2 via ANGLE): no GPU, so GPU work runs on the CPU',
  };
}
