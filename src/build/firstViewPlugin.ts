// The story from the first bytes: index.html's #app gets the first view (the headline, the
// key and the map's box with its picture: src/build/firstViewShell.ts and
// firstViewPicture.ts), for the page and for the embed, so the largest paint waits for no
// script, data or basemap; src/renderer/firstView.css gets the rules that place the
// picture's markers (it is part of the page's one stylesheet, so no extra request).
// The script takes the picture over (src/renderer/firstView.ts) and removes it once its
// own map and overlays have drawn the same view.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { BasemapTopology } from '../basemap/basemap.ts';
import type { StoryData } from '../data/types.ts';
import { FIRST_VIEW_PICTURE_IDS } from '../renderer/firstViewIds.ts';
import { firstViewPicture, type FirstViewPicture } from './firstViewPicture.ts';
import { firstViewShell } from './firstViewShell.ts';
import { readAndValidate } from './readAndValidate.ts';
import { storyDataDir } from './storyDataPlugin.ts';

const CSS_FILE = /\/src\/renderer\/firstView\.css(\?.*)?$/;
const APP = /<div id="app">[\s\S]*?<\/div>/;

export function firstView(): Plugin {
  let config: ResolvedConfig;
  let built: { data: StoryData; picture: FirstViewPicture } | null = null;

  async function build(): Promise<typeof built> {
    // story-data (src/build/storyDataPlugin.ts) reports a bad file with its own message first.
    const data = await readAndValidate(storyDataDir(config.root)).then(
      (v) => v.data,
      () => null,
    );
    if (data === null) return null;
    const publicDir = config.publicDir || path.resolve(config.root, 'public');
    const topology = JSON.parse(await readFile(path.join(publicDir, 'basemap/world.topo.json'), 'utf8')) as BasemapTopology;
    return { data, picture: firstViewPicture(data, topology) };
  }

  return {
    name: 'critical-minerals:first-view',
    // Before Vite's CSS plugin, so the appended rules are part of the stylesheet it builds.
    enforce: 'pre',

    configResolved(resolved) {
      config = resolved;
    },

    async buildStart() {
      built = await build();
    },

    transform(code, id) {
      if (!CSS_FILE.test(id) || built === null) return null;
      return { code: `${code}\n${built.picture.css}\n`, map: null };
    },

    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (built === null) return html;
        const { data, picture } = built;
        const shells =
          firstViewShell(data, { embed: false, picture: picture.picture(FIRST_VIEW_PICTURE_IDS.page) }) +
          firstViewShell(data, { embed: true, picture: picture.picture(FIRST_VIEW_PICTURE_IDS.embed) });
        if (!APP.test(html)) throw new Error('[first-view] index.html has no <div id="app">…</div> to fill');
        return html.replace(APP, () => `${picture.defs}<div id="app">${shells}</div>`);
      },
    },
  };
}
