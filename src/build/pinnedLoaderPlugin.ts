// The pinned embed loader. `vite build` copies public/embed.js as it is (the evergreen name
// that existing article pages load) and also emits the same bytes as
// assets/embed.<10 hex>.js, whose name changes with its content and so may be cached forever
// and pinned with Subresource Integrity. The snippet (src/embed/embedSnippet.ts) learns the
// name and the sha384 hash through __EMBED_LOADER__ (src/embed/loaderAsset.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { LoaderAsset } from '../embed/loaderAsset.ts';
import { hashedName } from './storyDataPlugin.ts';

/** The Subresource Integrity value for these bytes: `sha384-<base64>`. */
export function sriHash(source: Uint8Array): string {
  return `sha384-${createHash('sha384').update(source).digest('base64')}`;
}

/** The pinned copy of a loader: its hashed path and its integrity. */
export function pinnedLoaderAsset(source: Uint8Array): LoaderAsset {
  return { file: hashedName('assets/embed.js', source), integrity: sriHash(source) };
}

export function pinnedLoader(): Plugin {
  let pinned: { asset: LoaderAsset; source: Uint8Array } | null = null;
  return {
    name: 'critical-minerals:pinned-loader',
    apply: 'build',
    // The name and hash must be known before any module is transformed (a define).
    config(config) {
      const root = path.resolve(config.root ?? process.cwd());
      const publicDir = path.resolve(root, typeof config.publicDir === 'string' ? config.publicDir : 'public');
      const source = readFileSync(path.join(publicDir, 'embed.js'));
      pinned = { asset: pinnedLoaderAsset(source), source };
      return { define: { __EMBED_LOADER__: JSON.stringify(pinned.asset) } };
    },
    generateBundle() {
      if (pinned) this.emitFile({ type: 'asset', fileName: pinned.asset.file, source: pinned.source });
    },
  };
}
