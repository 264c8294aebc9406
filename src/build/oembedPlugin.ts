// Writes oembed.json (src/build/oembed.ts) and its discovery link into index.html when the
// build knows the site's public address (SITE_URL, as for the link-preview tags).
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import type { Story } from '../data/types.ts';
import { OEMBED_FILE, oembedLink, oembedResponse } from './oembed.ts';
import { readAndValidate } from './readAndValidate.ts';
import { siteUrlFrom } from './shareTags.ts';
import { storyDataDir } from './storyDataPlugin.ts';

export interface OEmbedOptions {
  /** The site's public address; defaults to process.env.SITE_URL. */
  readonly siteUrl?: string | undefined;
}

export function oembed(options: OEmbedOptions = {}): Plugin {
  let config: ResolvedConfig;
  let story: Story | null = null;
  let siteUrl: string | null = null;
  return {
    name: 'critical-minerals:oembed',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      siteUrl = siteUrlFrom('siteUrl' in options ? options.siteUrl : process.env.SITE_URL);
      // stillImages says once that SITE_URL is missing; story-data reports a bad file.
      story =
        siteUrl === null
          ? null
          : await readAndValidate(storyDataDir(config.root)).then(
              (v) => v.data.story,
              () => null,
            );
    },
    transformIndexHtml() {
      if (story === null || siteUrl === null) return [];
      return [{ tag: 'link', attrs: oembedLink(story, siteUrl), injectTo: 'head' } satisfies HtmlTagDescriptor];
    },
    generateBundle() {
      if (story === null || siteUrl === null) return;
      this.emitFile({ type: 'asset', fileName: OEMBED_FILE, source: `${JSON.stringify(oembedResponse(story, siteUrl), null, 2)}\n` });
    },
  };
}
