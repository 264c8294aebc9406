import { defineConfig } from 'vite';
import { storyData } from './src/data/vitePlugin';

// Relative base: the built site works from any path (a CMS folder, a CDN prefix, file
// servers that newsrooms use), and every request stays on the page's own origin.
export default defineConfig({
  base: './',
  plugins: [storyData()],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  preview: { host: 'localhost' },
  server: { host: 'localhost' },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
