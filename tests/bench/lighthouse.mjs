// Lighthouse for the bench (tests/bench/run.mjs --only lighthouse): the `lighthouse` package
// run programmatically against a Chromium started by chrome-launcher at CHROME_PATH (the
// system's /usr/bin/chromium; neither package downloads a browser). Mobile is Lighthouse's
// default preset (Moto G Power, simulated slow 4G, 4× CPU slowdown); desktop is its desktop
// config. WebGL runs on SwiftShader, as in the rest of the bench.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  // As in tests/browser/support/chromium.ts: page content rastered on the CPU's raster threads,
  // not through SwiftShader's emulated GPU (whose raster of the page's SVG blocked the main
  // thread for seconds, a cost no real device has). The same flags for the app and for bare
  // MapLibre, so their ratio stays fair; WebGL still runs on SwiftShader.
  '--disable-gpu-rasterization',
];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run of `url` with `preset` ('mobile' | 'desktop') in a fresh Chromium.
 * Returns the category scores (0–100), the metrics (ms; CLS unitless), what the largest
 * paint was, and the main-thread tasks of 50 ms or more that Lighthouse lists, for the why.
 */
export async function lighthouseRun(url, preset) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result.lhr;
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const lcpItem = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({
      url: String(t.url ?? '').replace(/^.*\//, ''),
      start: Math.round(t.startTime),
      duration: Math.round(t.duration),
    }));
    const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      si: audit('speed-index'),
      cls: audit('cumulative-layout-shift'),
      lcpElement: lcpItem ? `${lcpItem.nodeLabel ?? ''} (${lcpItem.selector ?? ''})`.slice(0, 120) : null,
      longTasks,
      failed,
      runtimeError: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await chrome.kill();
  }
}
