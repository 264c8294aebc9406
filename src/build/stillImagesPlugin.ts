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
import { readAndValidate } from './readAndValidate.ts';
import { storyDataDir } from './storyDataPlugin.ts';
import type { StoryData } from '../data/types.ts';
import { basemapGeoJSON, type BasemapTopology } from '../basemap/basemap.ts';
import { renderStill } from '../still/renderStill.ts';
import { shareTags, siteUrlFrom } from './shareTags.ts';
import { buildImages } from './buildImages.ts';

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
      // story-data (src/build/storyDataPlugin.ts) reports a bad file with its own message first.
      data = await readAndValidate(storyDataDir(config.root)).then(
        (v) => v.data,
        () => null,
      );
      if (siteUrl === null) {
        config.logger.info(
          `${TAG} SITE_URL is not set: index.html gets no og:image, og:url or canonical link (they need absolute URLs). Build with SITE_URL=https://your.site/path/ to add them.`,
        );
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
        const fonts = await Promise.all(
          FONT_FILES.map(async (name) => {
            const file = path.join(fontDir, name.replace(/\.woff2$/, '.ttf'));
            const ttf = Buffer.from(await decompress(await readFile(path.join(publicDir, 'fonts', name))));
            await writeFile(file, ttf);
            return { file, family: familyName(ttf) };
          }),
        );
        const fontFiles = fonts.map((f) => f.file);
        // The page names the fonts 'Source Sans 3' in @font-face; resvg knows them only by the
        // family in their name table (the subset keeps the variable font's "… ExtraLight"),
        // so the still's generic `sans-serif` fallback is pointed at that family.
        const family = fonts[0]!.family;
        const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family };
        for (const image of buildImages(data)) {
          const svg = renderStill({
            data,
            basemap,
            date: image.date,
            deal: image.deal,
            width: image.width,
            height: image.height,
            theme: image.theme ?? 'light',
          });
          const png = new Resvg(svg, { font }).render().asPng();
          this.emitFile({ type: 'asset', fileName: image.fileName, source: png });
        }
      } finally {
        await rm(fontDir, { recursive: true, force: true });
      }
    },
  };
}

/** A TrueType font's family (name ID 1, Windows Unicode record), as resvg's font database reads it. */
export function familyName(ttf: Buffer): string {
  const tables = ttf.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (ttf.toString('latin1', record, record + 4) !== 'name') continue;
    const name = ttf.readUInt32BE(record + 8);
    const count = ttf.readUInt16BE(name + 2);
    const strings = name + ttf.readUInt16BE(name + 4);
    for (let j = 0; j < count; j++) {
      const r = name + 6 + j * 12;
      if (ttf.readUInt16BE(r) !== 3 || ttf.readUInt16BE(r + 6) !== 1) continue;
      const start = strings + ttf.readUInt16BE(r + 10);
      return Buffer.from(ttf.subarray(start, start + ttf.readUInt16BE(r + 8)))
        .swap16()
        .toString('utf16le');
    }
  }
  throw new Error('font without a family name');
}
