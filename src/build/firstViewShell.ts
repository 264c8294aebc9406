// The page's frame as the first bytes carry it: the real layout code (createLayout, the
// callout, the legend) run at build in happy-dom and serialised, so the headline, the key
// and the map's box stand where the script will put them, and the script's own layout
// replaces them without moving anything. Page and embed each get one, the one the page
// does not use hidden by CSS (firstView.css, from the `is-embed` class that the head
// script sets from ?embed=1). Text is English, the story's own; the map picture has none.
import { Window } from 'happy-dom';
import type { StoryData } from '../data/types.ts';
import { storyModel } from '../state/storyModel.ts';
import { createLayout } from '../ui/page/layout.ts';
import { mountCallout } from '../ui/panels/callout.ts';
import { mountLegend } from '../ui/panels/legend.ts';

export interface ShellOptions {
  readonly embed: boolean;
  /** The map picture's markup, placed in the map's box. */
  readonly picture: string;
}

/** The markup of #app's first view, for the page or the embed. */
export function firstViewShell(data: StoryData, o: ShellOptions): string {
  const window = new Window({ width: 1280, height: 800 });
  const scope = globalThis as { document?: unknown; matchMedia?: unknown };
  const saved = { document: scope.document, matchMedia: scope.matchMedia };
  // The page's DOM helpers use the global document: lent for this synchronous call only.
  scope.document = window.document;
  scope.matchMedia = window.matchMedia.bind(window);
  try {
    const root = window.document.createElement('div');
    const { story, production } = data;
    const layout = createLayout(root as unknown as HTMLElement, story, { showTitle: true, embed: o.embed });
    mountCallout(layout.callout, story.callout, { collapsed: o.embed });
    mountLegend(layout.legend, production, { collapsed: o.embed, radius: storyModel(data).productionRadius, words: story.legend });
    layout.map.innerHTML = o.picture;
    // Ids stay (the CSS sizes #map by its id): the variant not shown is display: none, and
    // the script's layout replaces both before anything looks an id up.
    layout.root.classList.add('fv-shell', o.embed ? 'fv-shell-embed' : 'fv-shell-page');
    return root.innerHTML;
  } finally {
    scope.document = saved.document;
    scope.matchMedia = saved.matchMedia;
    void window.happyDOM.close();
  }
}
