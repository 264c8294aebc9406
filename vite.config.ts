/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { storyData } from './src/build/storyDataPlugin.ts';
import { CONTENT_SECURITY_POLICY } from './src/security/csp.ts';
import { contentSecurityPolicy } from './src/build/cspPlugin.ts';
import { stillImages } from './src/build/stillImagesPlugin.ts';
import { pinnedLoader } from './src/build/pinnedLoaderPlugin.ts';
import { scrollyExample } from './src/build/scrollyPagePlugin.ts';
import { oembed } from './src/build/oembedPlugin.ts';
import { firstView } from './src/build/firstViewPlugin.ts';
import { headStep } from './src/build/headStep.ts';
import { translations } from './src/build/translationsPlugin.ts';

// Relative base: the built site works from any path (a CMS folder, a CDN prefix, file
// servers that newsrooms use), and every request stays on the page's own origin.
export default defineConfig({
  base: './',
  // stillImages: social.png, embed-fallback.png and the link-preview tags (SITE_URL, see README).
  // pinnedLoader: embed.js also as assets/embed.<hash>.js, with its integrity for the snippet.
  // scrollyExample: scrolly.html, the example scroll-driven article, written from data/.
  // oembed: oembed.json and its discovery link, with SITE_URL (README, "oEmbed").
  // translations: data/i18n/<lang>.json checked against the English and emitted (README, "Languages").
  // firstView: index.html carries the first view (frame and map picture) for the page and the embed.
  // headStep: assets/head.<hash>.js, run before the first paint: theme, embed frame, title=0.
  plugins: [storyData(), contentSecurityPolicy(), stillImages(), pinnedLoader(), scrollyExample(), oembed(), firstView(), headStep(), translations()],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // MapLibre is a chunk of its own (src/renderer/createMap.ts and maplibre-gl, 1,067 kB
    // minified), fetched when a map comes near the viewport; it can never meet Vite's 500 kB
    // default, and the warning would print on every build. The main chunk is ~120 kB.
    chunkSizeWarningLimit: 1150,
    // still-images renders two PNGs with resvg in generateBundle: seconds by design, so
    // Rolldown's "plugins took most of the build" notice would print on every slow machine.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // The same policy as index.html's <meta>, as a header (see src/security/csp.ts); and CORS
  // for every file, as _headers sets it (sandboxed frames, the integrity-pinned loader).
  preview: { host: 'localhost', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Access-Control-Allow-Origin': '*' } },
  server: { host: 'localhost' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/bench/**', 'node_modules/**'],
        },
      },
      {
        // Real Chromium against the built dist/ (the real story, smoke tests) and dist-fixture/
        // (the fixture story, npm run build:fixture; most tests). npm test builds both first. SwiftShader WebGL is
        // slow and CPU-bound on 2 cores, hence long timeouts, one file at a time, and running
        // after the unit tests (groupOrder) rather than beside them.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
