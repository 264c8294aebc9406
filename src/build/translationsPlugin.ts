// Build-time check and assets of the translations, data/i18n/<lang>.json (beside the story:
// STORY_DATA_DIR/i18n for another story). `vite build` fails, naming file and key, when a
// translation lacks a key of the English, has one the English does not, has an empty one,
// or writes a figure or date other than the English's (src/i18n/validateTranslation.ts).
// An entry translated from English that has since changed (stale) is reported and the page
// shows that entry in English until it is translated again: a correction to the facts is
// never held back, and no reader sees the old figure. Each file is emitted under a
// content-hashed name, which reaches the page through __STORY_I18N__ (src/i18n/i18nUrls.ts).
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { englishSide } from '../i18n/loadTranslation.ts';
import { checkTranslation } from '../i18n/validateTranslation.ts';
import { readAndValidate, readAndValidateLabels } from './readAndValidate.ts';
import { hashedName, storyDataDir } from './storyDataPlugin.ts';

const TAG = '[translations]';
const SERVED = /\/data\/i18n\/([A-Za-z-]+)\.json$/;

export interface CheckedTranslations {
  /** Each file's minified JSON by language. */
  readonly files: ReadonlyMap<string, string>;
  /** Problems that fail the build. */
  readonly errors: string[];
  /** Stale entries: reported, shown in English. */
  readonly stale: string[];
}

/** Reads and checks every `<storyDir>/i18n/*.json` against the story and the labels (`labelsDir`/labels.json). */
export async function checkTranslations(storyDir: string, labelsDir: string): Promise<CheckedTranslations> {
  const dir = path.join(storyDir, 'i18n');
  const files = new Map<string, string>();
  const errors: string[] = [];
  const stale: string[] = [];
  if (!existsSync(dir)) return { files, errors, stale };
  const [{ data }, labels] = await Promise.all([readAndValidate(storyDir), readAndValidateLabels(labelsDir)]);
  const english = englishSide(data, labels);
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const file = `data/i18n/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    } catch (error) {
      errors.push(`${file}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const { translation, problems } = checkTranslation(file, json, english);
    for (const p of problems) (p.includes(': stale: ') ? stale : errors).push(p);
    if (translation && name !== `${translation.lang}.json`)
      errors.push(`${file}: says "lang": "${translation.lang}", so it must be named ${translation.lang}.json`);
    if (translation) files.set(translation.lang, JSON.stringify(json));
  }
  return { files, errors, stale };
}

export function translations(): Plugin {
  let root = '';
  let command: 'build' | 'serve' = 'build';
  let checked: CheckedTranslations | null = null;
  let failure: unknown = null;
  let urls: Record<string, string> = {};

  return {
    name: 'critical-minerals:translations',

    async config(config, env) {
      if (env.command !== 'build') return;
      root = path.resolve(config.root ?? process.cwd());
      try {
        checked = await checkTranslations(storyDataDir(root), path.join(root, 'data'));
        urls = Object.fromEntries([...checked.files].map(([lang, source]) => [lang, hashedName(`data/i18n/${lang}.json`, source)]));
      } catch (error) {
        // A story file that breaks its schema is story-data's to report (src/build/storyDataPlugin.ts).
        failure = error;
      }
      return { define: { __STORY_I18N__: JSON.stringify(urls) } };
    },

    configResolved(config) {
      command = config.command;
      root = config.root;
    },

    buildStart() {
      if (command !== 'build' || failure !== null || checked === null) return;
      for (const s of checked.stale) this.warn(`${TAG} ${s}: shown in English until translated again`);
      // One line each (Vite shows an error's first line only): every problem, then the failure.
      for (const e of checked.errors) this.warn(`${TAG} ${e}`);
      if (checked.errors.length > 0) this.error(`${TAG} ${checked.errors.length} problem(s) in the translations, the first: ${checked.errors[0]}`);
    },

    generateBundle() {
      if (!checked) return;
      for (const [lang, source] of checked.files) this.emitFile({ type: 'asset', fileName: urls[lang]!, source });
    },

    configureServer(server: ViteDevServer) {
      const dir = path.join(storyDataDir(root || server.config.root), 'i18n');
      server.middlewares.use((req, res, next) => {
        const match = SERVED.exec((req.url ?? '').split('?')[0] ?? '');
        if (!match) return next();
        readFile(path.join(dir, `${match[1]}.json`), 'utf8').then(
          (text) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(text);
          },
          () => {
            res.statusCode = 404;
            res.end();
          },
        );
      });
    },
  };
}
