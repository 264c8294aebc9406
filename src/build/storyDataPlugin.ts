// Build-time data check and data assets. `vite build` fails with the DataError message when
// a data file breaks the schema. Otherwise it emits, each under a content-hashed name:
// the checked data files (minified), the basemap, and the two CSV downloads built from the
// checked data. The names reach the bundle through __STORY_ASSETS__ (see assetUrls.ts) and
// the preloads in index.html are rewritten to them, so a correction always gets a new URL
// and a CDN may cache every one of these files forever (README: "Caching").
// In dev the plain names are served from data/ and public/, re-checked on every change.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { BasemapTopology } from '../basemap/basemap.ts';
import { precutBasemap } from './precutBasemap.ts';
import { eventsCsv, productionCsv } from './dataCsv.ts';
import { PLAIN_ASSET_URLS, type AssetUrls } from '../data/assetUrls.ts';
import { readAndValidate, readAndValidateLabels, type ValidatedFiles } from './readAndValidate.ts';
import { DATA_FILES, type DataFileName } from '../data/schema.ts';
import type { Story } from '../data/types.ts';

export { readAndValidate };

/**
 * The story folder: data/, or STORY_DATA_DIR (relative to the project root), which the
 * browser tests use to build the fixture story (tests/fixtures/story) into dist-fixture/.
 */
export function storyDataDir(root: string): string {
  return path.resolve(root, process.env.STORY_DATA_DIR ?? 'data');
}

const NAMES = Object.keys(DATA_FILES) as DataFileName[];
const SERVED = /\/data\/(events|parties|production|story)\.(json|csv)$/;
const TAG = '[story-data]';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `data/events.json` + content → `data/events.<10 hex>.json` (`world.topo.json` → `world.<hash>.topo.json`). */
export function hashedName(file: string, content: string | Uint8Array): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file);
  const dot = base.indexOf('.');
  return path.posix.join(dir, `${base.slice(0, dot)}.${hash}${base.slice(dot)}`);
}

/** Every emitted file: its hashed path in dist and its content. */
interface Asset {
  readonly fileName: string;
  readonly source: string | Uint8Array;
}

function csvFiles(files: ValidatedFiles): { events: string; production: string } {
  return { events: eventsCsv(files.data), production: productionCsv(files.data) };
}

async function checkAndLog(server: ViteDevServer, dir: string): Promise<void> {
  try {
    await readAndValidate(dir);
    await readAndValidateLabels(path.resolve(server.config.root, 'data'));
    server.config.logger.info(`${TAG} data/*.json OK`, { timestamp: true });
  } catch (error) {
    server.config.logger.error(`${TAG} ${messageOf(error)}`, { timestamp: true });
  }
}

function serveDataFiles(server: ViteDevServer, dir: string): void {
  server.middlewares.use((req, res, next) => {
    const pathname = (req.url ?? '').split('?')[0] ?? '';
    const match = SERVED.exec(pathname);
    if (match === null) return next();
    const [, name, ext] = match as unknown as [string, DataFileName, 'json' | 'csv'];
    const body =
      ext === 'json'
        ? readFile(path.join(dir, `${name}.json`), 'utf8')
        : readAndValidate(dir).then((files) => {
            const csv = csvFiles(files);
            if (name !== 'events' && name !== 'production') throw new Error('no such CSV');
            return csv[name];
          });
    body.then(
      (text) => {
        res.setHeader('Content-Type', ext === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(text);
      },
      () => {
        res.statusCode = 404;
        res.end();
      },
    );
  });
}

export function storyData(): Plugin {
  let root = '';
  let dir = '';
  let outDir = '';
  let command: 'build' | 'serve' = 'build';
  let assets: Asset[] = [];
  let urls: AssetUrls = PLAIN_ASSET_URLS;
  let failure: unknown = null;
  let story: Story | null = null;

  return {
    name: 'story-data',

    // The hashed names must be known before any module is transformed, so the files are
    // read and checked here; a broken file is reported from buildStart, where Vite prints
    // plugin errors with their message.
    async config(config, env) {
      if (env.command !== 'build') return;
      root = path.resolve(config.root ?? process.cwd());
      try {
        const files = await readAndValidate(storyDataDir(root));
        const data = Object.fromEntries(
          NAMES.map((name) => {
            const source = JSON.stringify(files.json[name]);
            return [name, { fileName: hashedName(DATA_FILES[name], source), source }];
          }),
        ) as Record<DataFileName, Asset>;
        story = files.data.story;
        const csv = csvFiles(files);
        // The basemap's country labels, which the page imports from data/labels.json.
        await readAndValidateLabels(path.join(root, 'data'));
        const csvAssets = {
          events: { fileName: hashedName(PLAIN_ASSET_URLS.csv.events, csv.events), source: csv.events },
          production: { fileName: hashedName(PLAIN_ASSET_URLS.csv.production, csv.production), source: csv.production },
        };
        const basemapFile = path.join(root, typeof config.publicDir === 'string' ? config.publicDir : 'public', PLAIN_ASSET_URLS.basemap);
        // Shipped converted and cut at the antimeridian (src/build/precutBasemap.ts): the page only decodes it.
        const basemap = existsSync(basemapFile) ? JSON.stringify(precutBasemap(JSON.parse(readFileSync(basemapFile, 'utf8')) as BasemapTopology)) : null;
        const basemapAsset = basemap ? { fileName: hashedName(PLAIN_ASSET_URLS.basemap, basemap), source: basemap } : null;
        assets = [...Object.values(data), csvAssets.events, csvAssets.production, ...(basemapAsset ? [basemapAsset] : [])];
        urls = {
          data: Object.fromEntries(NAMES.map((name) => [name, data[name].fileName])) as Record<DataFileName, string>,
          basemap: basemapAsset?.fileName ?? PLAIN_ASSET_URLS.basemap,
          csv: { events: csvAssets.events.fileName, production: csvAssets.production.fileName },
        };
      } catch (error) {
        failure = error;
      }
      return { define: { __STORY_ASSETS__: JSON.stringify(urls) } };
    },

    configResolved(config) {
      dir = storyDataDir(config.root);
      outDir = path.resolve(config.root, config.build.outDir);
      command = config.command;
    },

    buildStart() {
      if (command !== 'build') return;
      for (const name of NAMES) this.addWatchFile(path.join(dir, `${name}.json`));
      if (failure !== null) this.error(`${TAG} ${messageOf(failure)}`);
    },

    transformIndexHtml(html) {
      if (command !== 'build') return html;
      let out = html;
      for (const name of NAMES) out = out.replaceAll(`./${PLAIN_ASSET_URLS.data[name]}"`, `./${urls.data[name]}"`);
      // The page's title and description are the story's headline and dek, so they cannot drift from it.
      if (story) out = pageTitleAndDescription(out, story);
      return out.replaceAll(`./${PLAIN_ASSET_URLS.basemap}"`, `./${urls.basemap}"`);
    },

    generateBundle() {
      for (const asset of assets) this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.source });
    },

    // Vite copies public/ as it is; the unhashed basemap would be a second, cacheable copy
    // that nothing references, so it goes.
    async closeBundle() {
      if (command !== 'build' || failure !== null) return;
      if (urls.basemap !== PLAIN_ASSET_URLS.basemap) await rm(path.join(outDir, PLAIN_ASSET_URLS.basemap), { force: true });
    },

    configureServer(server) {
      serveDataFiles(server, dir);
      server.watcher.add(dir);
      const onChange = (file: string): void => {
        if (path.dirname(path.resolve(file)) !== dir || !file.endsWith('.json')) return;
        void checkAndLog(server, dir).then(() => server.ws.send({ type: 'full-reload' }));
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      void checkAndLog(server, dir);
    },
  };
}

/** index.html with its <title> and meta description taken from data/story.json. */
export function pageTitleAndDescription(html: string, story: Pick<Story, 'headline' | 'dek'>): string {
  const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(story.headline)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeHtml(story.dek)}"`);
}
