// Checks the browser-test harness itself on fixed fixtures, without the app: when these pass
// and the story tests fail, the failure is the app's, not Chromium's or the server's.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium';
import { openPage, waitForReady } from './support/page';
import { pixelAt } from './support/pixels';
import { serveDist, type StaticServer } from './support/server';

const MAPLIBRE_DIST = fileURLToPath(new URL('../../node_modules/maplibre-gl/dist/', import.meta.url));

// A MapLibre map whose only layer is a pure red background: if WebGL renders, the centre is red.
const MAP_PAGE = `<!doctype html>
<html data-state="loading"><head><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from './maplibre-gl.mjs';
const map = new maplibregl.Map({ container: 'map', attributionControl: false, style: {
  version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#ff0000' } }] } });
map.on('error', (e) => { console.error(e.error?.message); document.documentElement.dataset.state = 'error'; });
map.once('idle', () => { document.documentElement.dataset.state = 'ready'; });
</script></body></html>`;

let dir: string;
let server: StaticServer;

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((ok, fail) => {
    // node:http sends the path verbatim (fetch would normalise away the '..' we want to send).
    const u = new URL(url);
    const path = url.slice(u.origin.length);
    request({ host: u.hostname, port: u.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'harness-'));
  const root = join(dir, 'root');
  await mkdir(join(root, 'sub'), { recursive: true });
  await writeFile(join(dir, 'secret.txt'), 'outside the root');
  await writeFile(join(root, 'index.html'), '<!doctype html><title>fixture</title><p>fixture home</p>');
  await writeFile(join(root, 'sub', 'index.html'), '<!doctype html><p>sub</p>');
  const files: Record<string, string> = { 'a.js': 'x', 'a.mjs': 'x', 's.css': 'x', 'd.json': '{}', 'f.woff2': 'x', 'i.svg': '<svg/>', 'p.png': 'x' };
  for (const [name, body] of Object.entries(files)) await writeFile(join(root, name), body);
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    await copyFile(join(MAPLIBRE_DIST, f), join(root, f));
  }
  await writeFile(join(root, 'map.html'), MAP_PAGE);
  server = await serveDist({
    root,
    headers: { 'X-Test-Header': 'present' },
    routes: { '/host.html': '<!doctype html><p>host page</p>' },
  });
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('serveDist(options)', () => {
  test.each([
    ['/', 'text/html; charset=utf-8'],
    ['/a.js', 'text/javascript; charset=utf-8'],
    ['/a.mjs', 'text/javascript; charset=utf-8'],
    ['/s.css', 'text/css; charset=utf-8'],
    ['/d.json', 'application/json; charset=utf-8'],
    ['/f.woff2', 'font/woff2'],
    ['/i.svg', 'image/svg+xml'],
    ['/p.png', 'image/png'],
  ])('serves %s as %s', async (path, type) => {
    const res = await get(server.origin + path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });

  test('serves a directory URL from its index.html', async () => {
    expect((await get(`${server.origin}/sub/`)).body.toString()).toContain('sub');
  });

  test('answers 404 for a missing file', async () => {
    expect((await get(`${server.origin}/nope.js`)).status).toBe(404);
  });

  test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/sub/../../secret.txt'])(
    'never serves a file outside its root for %s',
    async (path) => {
      const res = await get(server.origin + path);
      expect(res.body.toString()).not.toContain('outside the root');
      expect(res.status).toBe(404);
    },
  );

  test('adds the configured headers to every response', async () => {
    expect((await get(`${server.origin}/a.js`)).headers['x-test-header']).toBe('present');
    expect((await get(`${server.origin}/missing`)).headers['x-test-header']).toBe('present');
  });

  test('serves an extra route as an HTML page', async () => {
    const res = await get(`${server.altOrigin}/host.html`);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toContain('host page');
  });

  test('answers on both localhost and 127.0.0.1', async () => {
    expect(server.origin).toMatch(/^http:\/\/localhost:\d+$/);
    expect(server.altOrigin).toBe(server.origin.replace('localhost', '127.0.0.1'));
    expect((await get(`${server.altOrigin}/`)).status).toBe(200);
    expect((await get(`${server.origin}/`)).status).toBe(200);
  });

  test('gzips responses for clients that accept gzip when gzip is on', async () => {
    const gz = await serveDist({ root: join(dir, 'root'), gzip: true });
    try {
      const res = await get(`${gz.origin}/index.html`, { 'Accept-Encoding': 'gzip, br' });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(res.body).toString()).toContain('fixture home');
      const plain = await get(`${gz.origin}/index.html`);
      expect(plain.headers['content-encoding']).toBeUndefined();
    } finally {
      await gz.close();
    }
  });
});

describe('launchChromium(options)', () => {
  let browser: Browser;
  let noGl: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    noGl = await launchChromium({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
    await noGl?.close();
  });

  test('gives pages a WebGL 2 context by default', async () => {
    const opened = await openPage(browser, `${server.origin}/`);
    expect(await opened.page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null)).toBe(true);
    await opened.close();
  });

  test('gives pages no WebGL at all with webgl: false', async () => {
    const opened = await openPage(noGl, `${server.origin}/`);
    const gl = await opened.page.evaluate(() => {
      const c = () => document.createElement('canvas');
      return [c().getContext('webgl2'), c().getContext('webgl')].map((x) => x !== null);
    });
    expect(gl).toEqual([false, false]);
    await opened.close();
  });

  test('renders a MapLibre map with WebGL, so its background colour is on screen', async () => {
    const opened = await openPage(browser, `${server.origin}/map.html`, { width: 400, height: 300 });
    await waitForReady(opened.page, opened.errors);
    const [r, g, b] = await pixelAt(opened.page, 200, 150);
    expect([r, g, b]).toEqual([255, 0, 0]);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  test('records requests and console errors of the page and its cross-origin frames', async () => {
    const opened = await openPage(browser, `${server.altOrigin}/host.html`);
    await opened.page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
      return new Promise((ok) => f.addEventListener('load', ok));
    }, `${server.origin}/nope-frame.html`);
    await opened.page.evaluate(() => console.error('boom'));
    expect(opened.requests).toContain(`${server.origin}/nope-frame.html`);
    expect(opened.errors.some((e) => e.includes('boom'))).toBe(true);
    await opened.close();
  });
});
