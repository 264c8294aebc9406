// Build-time images: `vite build` renders the still SVG (src/still/renderStill.ts, the same
// renderer as the page's downloads) to PNG with resvg, for link previews (social.png) and
// for embeds where iframes are stripped (embed-fallback.png), and writes the link-preview
// tags into index.html. Absolute addresses come from SITE_URL; without it the tags that need
// one are left out and the build says so in one line.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { decompress } from 'wawoff2';
import { readAndValidate } from '../data/readAndValidate';
import type { StoryData } from '../data/types';
import { basemapGeoJSON, type BasemapTopology } from '../map/basemap';
import { renderStill } from './renderStill';
import { shareTags, siteUrlFrom } from './shareTags';
import { buildImages } from './stillImages';

const TAG = '[still-images]';
const FONT_FILES = ['source-sans-3-400.woff2', 'source-sans-3-700.woff2'];

export interface StillImagesOptions {
  /** The site's public address; defaults to process.env.SITE_URL. */
  readonly siteUrl?: string | undefined;
}

export function stillImages(options: StillImagesOptions = {}): Plugin {
  let config: ResolvedConfig;
  let data: StoryData | null = null;
  let siteUrl: string | null = null;

  return {
    name: 'critical-minerals:still-images',
    apply: 'build',

    configResolved(resolved) {
      config = resolved;
    },

    async buildStart() {
      siteUrl = siteUrlFrom('siteUrl' in options ? options.siteUrl : process.env.SITE_URL);
      // story-data (src/data/vitePlugin.ts) reports a bad file with its own message first.
      data = await readAndValidate(path.resolve(config.root, 'data')).then((v) => v.data, () => null);
      if (siteUrl === null) {
        config.logger.info(`${TAG} SITE_URL is not set: index.html gets no og:image, og:url or canonical link (they need absolute URLs). Build with SITE_URL=https://your.site/path/ to add them.`);
      }
    },

    transformIndexHtml() {
      if (data === null) return [];
      const [social] = buildImages(data);
      return shareTags(data.story, social!, siteUrl).map((t): HtmlTagDescriptor => ({ tag: t.tag, attrs: t.attrs, injectTo: 'head' }));
    },

    async generateBundle() {
      if (data === null) return;
      const publicDir = config.publicDir || path.resolve(config.root, 'public');
      const topology = JSON.parse(await readFile(path.join(publicDir, 'basemap/world.topo.json'), 'utf8')) as BasemapTopology;
      const basemap = basemapGeoJSON(topology);
      // resvg reads TrueType, not WOFF2, and no @font-face: the subset fonts, unpacked to a temporary folder.
      const fontDir = await mkdtemp(path.join(tmpdir(), 'critical-minerals-fonts-'));
      try {
        const fontFiles = await Promise.all(FONT_FILES.map(async (name) => {
          const file = path.join(fontDir, name.replace(/\.woff2$/, '.ttf'));
          await writeFile(file, await decompress(await readFile(path.join(publicDir, 'fonts', name))));
          return file;
        }));
        for (const image of buildImages(data)) {
          const svg = renderStill({ data, basemap, date: image.date, deal: image.deal, width: image.width, height: image.height });
          const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' } }).render().asPng();
          this.emitFile({ type: 'asset', fileName: image.fileName, source: png });
        }
      } finally {
        await rm(fontDir, { recursive: true, force: true });
      }
    },
  };
}
