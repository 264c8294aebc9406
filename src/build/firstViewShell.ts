// The page's frame as the first bytes carry it: the real layout code (createLayout, the
// callout, the legend, the default view's card) run at build in happy-dom and serialised, so the headline, the key
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
import { mountCard } from '../ui/panels/card.ts';
import { mountTimeline } from '../ui/controls/timeline.ts';
import { storyTimeScale } from '../time/storyTimeScale.ts';
import { createViewStore } from '../state/store.ts';
import { viewDeriver } from '../state/deriveView.ts';

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
    const model = storyModel(data);
    const view = viewDeriver(model);
    const layout = createLayout(root as unknown as HTMLElement, story, { showTitle: true, embed: o.embed });
    mountCallout(layout.callout, story.callout, { collapsed: o.embed });
    mountLegend(layout.legend, production, { collapsed: o.embed, radius: model.productionRadius, words: story.legend });
    // The default view's card: often the largest text of the first view, so it is there from
    // the first paint rather than after the script (its largest-contentful-paint).
    const store = createViewStore({ date: story.defaultDate, selectedId: null, hoverId: null, playing: false });
    const current = (s: Parameters<typeof view>[0]) => view(s).current;
    mountCard(layout.card, store, { current, partyName: model.partyName, compact: o.embed });
    // The timeline above it, so the card stands where the script puts it: inert until the
    // script's own replaces it, and without its event ticks and month names (placed by CSSOM,
    // which markup cannot carry under the CSP; both are absolutely placed, so no height changes).
    const scale = storyTimeScale(data.events.map((e) => e.date));
    mountTimeline(layout.timeline, store, { events: data.events, scale, current, ...(o.embed ? { dateParent: layout.mapWrap } : {}) });
    for (const placed of layout.timeline.querySelectorAll('.ticks > *, .months > *')) placed.remove();
    // The slider's position is a property, which markup carries only as the value attribute.
    for (const input of layout.root.querySelectorAll('input')) input.setAttribute('value', input.value);
    for (const el of root.querySelectorAll('[style]')) el.removeAttribute('style');
    layout.timeline.setAttribute('inert', '');
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
