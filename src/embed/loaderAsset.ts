// The embed loader (public/embed.js) as the snippet names it. A build also publishes it under
// a content-hashed name with its Subresource Integrity hash (src/build/pinnedLoaderPlugin.ts
// defines __EMBED_LOADER__), so the snippet pins the exact bytes it was written for; the plain
// embed.js stays in place for pages that already load it. In dev and in unit tests nothing is
// defined and the plain name, without integrity, is used.

export interface LoaderAsset {
  /** The loader's path relative to the map's folder. */
  readonly file: string;
  /** `sha384-<base64>` of the file's bytes, or null where no pinned copy exists (dev). */
  readonly integrity: string | null;
}

export const PLAIN_LOADER: LoaderAsset = { file: 'embed.js', integrity: null };

declare const __EMBED_LOADER__: LoaderAsset | undefined;

export const EMBED_LOADER: LoaderAsset = typeof __EMBED_LOADER__ === 'undefined' ? PLAIN_LOADER : __EMBED_LOADER__;
