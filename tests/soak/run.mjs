#!/usr/bin/env node
// Soak: the story played on a loop for N minutes in headless Chromium, served by `vite
// preview` (npm start's server, with its Content-Security-Policy header). Samples DOM
// documents, nodes and JS event listeners (CDP Memory.getDOMCounters) and the JS heap after
// a forced GC, and counts errors, CSP violations and unhandled rejections. Not a CI test.
//
//   node tests/soak/run.mjs [--minutes 10] [--every 30] [--skip-build] [--query "?embed=1"]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const MINUTES = Number(opt('minutes', 10));
const EVERY_S = Number(opt('every', 30));
const QUERY = opt('query', '');
const log = (...a) => console.error('[soak]', ...a);

if (!args.includes('--skip-build')) {
  log('building…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
}
const server = await preview({ root: ROOT, logLevel: 'error', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
  ],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
await context.addInitScript(() => {
  const counts = { violations: 0, rejections: 0, errors: 0, last: '' };
  Object.defineProperty(window, '__soak', { value: counts });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      counts.violations++;
      counts.last = `CSP ${e.effectiveDirective}`;
    },
    true,
  );
  window.addEventListener('unhandledrejection', (e) => {
    counts.rejections++;
    counts.last = String(e.reason);
  });
  window.addEventListener('error', (e) => {
    counts.errors++;
    counts.last = e.message;
  });
});
const page = await context.newPage();
const consoleErrors = [];
page.on('console', (m) => {
  if (m.type() === 'error') consoleErrors.push(m.text());
});
page.on('pageerror', (e) => consoleErrors.push(e.message));
const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.enable');

await page.goto(`${origin}/index.html${QUERY}`, { waitUntil: 'load' });
await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 120_000 });
log(`ready at ${origin}; playing for ${MINUTES} min, sampling every ${EVERY_S} s`);

let plays = 0;
async function keepPlaying() {
  // The player stops at the last event; press play again (it restarts from the beginning).
  const playing = await page.getAttribute('#play', 'aria-pressed');
  if (playing !== 'true') {
    await page.click('#play');
    plays++;
  }
}

async function sample(t) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const page_ = await page.evaluate(() => ({ ...window.__soak, date: document.querySelector('#timeline-date')?.textContent ?? '' }));
  return {
    minute: +(t / 60_000).toFixed(1),
    documents: dom.documents,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    heapMB: +(heap.usedSize / 1048576).toFixed(2),
    plays,
    errors: page_.errors + consoleErrors.length,
    rejections: page_.rejections,
    csp: page_.violations,
    date: page_.date,
  };
}

const t0 = Date.now();
const samples = [await sample(0)];
log(JSON.stringify(samples[0]));
let nextSample = EVERY_S * 1000;
while (Date.now() - t0 < MINUTES * 60_000) {
  await keepPlaying();
  await page.waitForTimeout(1000);
  const t = Date.now() - t0;
  if (t >= nextSample) {
    const s = await sample(t);
    samples.push(s);
    log(JSON.stringify(s));
    nextSample += EVERY_S * 1000;
  }
}
await page.click('#play').catch(() => {});
const last = await sample(Date.now() - t0);
samples.push(last);

const first = samples[0];
const middle = samples[Math.floor(samples.length / 2)];
const rows = [
  ['start', first],
  ['middle', middle],
  ['end', last],
].map(([at, s]) => ({ at, ...s }));
console.log(`\nSoak: ${MINUTES} min of the story on a loop at ${origin}/index.html${QUERY} (${plays} play-throughs started)`);
console.table(rows);
const growth = (k) => `${k} ${first[k]} → ${last[k]} (${last[k] - first[k] >= 0 ? '+' : ''}${(last[k] - first[k]).toFixed(2)})`;
console.log(['nodes', 'listeners', 'heapMB', 'documents'].map(growth).join('; '));
if (consoleErrors.length) console.log('errors:', consoleErrors.slice(0, 10));
await browser.close();
await new Promise((ok) => server.httpServer.close(ok));
const leaked = last.nodes > first.nodes * 1.1 + 50 || last.listeners > first.listeners + 20 || last.errors || last.rejections || last.csp;
process.exit(leaked ? 1 : 0);
