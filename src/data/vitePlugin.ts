// Build-time data check: `vite build` fails with the DataError message when a data file
// breaks the schema, and emits the checked files, minified and unhashed, at data/<name>.json
// so the runtime loader finds them next to index.html. In dev, the files are served from
// data/ and re-checked on every change.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Plugin, ViteDevServer } from 'vite';
import { readAndValidate } from './readAndValidate';
import { DATA_FILES, type DataFileName } from './schema';

export { readAndValidate };

const NAMES = Object.keys(DATA_FILES) as DataFileName[];
const SERVED = /\/data\/(events|parties|production|story)\.json$/;
const TAG = '[story-data]';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function checkAndLog(server: ViteDevServer, dir: string): Promise<void> {
  try {
    await readAndValidate(dir);
    server.config.logger.info(`${TAG} data/*.json OK`, { timestamp: true });
  } catch (error) {
    server.config.logger.error(`${TAG} ${messageOf(error)}`, { timestamp: true });
  }
}

function serveDataFiles(server: ViteDevServer, dir: string): void {
  server.middlewares.use((req, res, next) => {
    const pathname = (req.url ?? '').split('?')[0] ?? '';
    const name = SERVED.exec(pathname)?.[1];
    if (name === undefined) return next();
    readFile(path.join(dir, `${name}.json`), 'utf8').then(
      (body) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      },
      () => {
        res.statusCode = 404;
        res.end();
      },
    );
  });
}

export function storyData(): Plugin {
  let dir = '';
  let command: 'build' | 'serve' = 'build';
  let json: Record<DataFileName, unknown> | null = null;

  return {
    name: 'story-data',

    configResolved(config) {
      dir = path.resolve(config.root, 'data');
      command = config.command;
    },

    async buildStart() {
      // In dev a bad file must not stop the server: configureServer logs it instead.
      if (command !== 'build') return;
      for (const name of NAMES) this.addWatchFile(path.join(dir, `${name}.json`));
      try {
        json = (await readAndValidate(dir)).json;
      } catch (error) {
        this.error(`${TAG} ${messageOf(error)}`);
      }
    },

    generateBundle() {
      if (json === null) return;
      for (const name of NAMES) {
        this.emitFile({ type: 'asset', fileName: DATA_FILES[name], source: JSON.stringify(json[name]) });
      }
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
