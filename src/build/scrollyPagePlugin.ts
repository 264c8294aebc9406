// Writes scrolly.html (src/build/scrollyPage.ts) into the build from the checked story
// data, and serves it from the same data under the dev server.
import type { Plugin, ResolvedConfig } from 'vite';
import { readAndValidate } from './readAndValidate.ts';
import { SCROLLY_PAGE, scrollyPage } from './scrollyPage.ts';
import { storyDataDir } from './storyDataPlugin.ts';

export function scrollyExample(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'critical-minerals:scrolly-example',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      // story-data (src/build/storyDataPlugin.ts) fails the build with its own message on a bad file.
      const data = await readAndValidate(storyDataDir(config.root)).then(
        (v) => v.data,
        () => null,
      );
      if (data) this.emitFile({ type: 'asset', fileName: SCROLLY_PAGE, source: scrollyPage(data) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== `/${SCROLLY_PAGE}`) return next();
        readAndValidate(storyDataDir(config.root)).then(
          (v) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(scrollyPage(v.data));
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
