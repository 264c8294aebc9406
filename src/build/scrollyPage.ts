// scrolly.html: a ready example of a scroll-driven article around the map, written at build
// from the story's own data (one step per event of data/events.json, in date order, with its
// date, title, summary and sources), so that it follows the story as it is edited. The map
// is the embed in `fit` mode (the page fixes the frame's height: sticky beside the text on
// wide screens, above it on phones); public/scrolly.js moves it as each step reaches the
// middle of the screen; public/scrolly.css lays it out. No inline script or style: the page
// works under the map's own Content-Security-Policy.
import type { StoryData, StoryEvent } from '../data/types.ts';
import { checkedLine } from '../time/checkedLine.ts';
import { formatLongDate } from '../time/dates.ts';

export const SCROLLY_PAGE = 'scrolly.html';

/** The frame's address: the embed, fitted to the box the page gives it, at the first step. */
export function scrollyFrameSrc(first: StoryEvent | undefined): string {
  const params = new URLSearchParams({ embed: '1', fit: '1', title: '0', controls: '0' });
  if (first) {
    params.set('date', first.date);
    params.set('deal', first.id);
  }
  return `./?${params.toString()}`;
}

export function scrollyPage(data: StoryData): string {
  const { story } = data;
  const events = [...data.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const steps = events.map(step).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(story.headline)} (scroll-driven example)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="scrolly.css">
</head>
<body>
<header class="intro">
  <p class="note">An example of a scroll-driven article: each section below moves the embedded map to its event as it reaches the middle of the screen (<code>scrolly.js</code>, see the README, “Scrollytelling”). The sections are written at build from the map’s own data.</p>
  <h1>${text(story.headline)}</h1>
  <p class="dek">${text(story.dek)}</p>
</header>
<div class="scrolly" data-map-scrolly>
  <figure class="scrolly-map">
    <iframe data-critical-minerals-map src="${attr(scrollyFrameSrc(events[0]))}" title="${attr(`Map: ${story.headline}`)}"></iframe>
  </figure>
  <div class="scrolly-steps">
${steps}
  </div>
</div>
<footer class="outro">
  <p>${text(story.credits)}</p>
  <p>${text(checkedLine(story.checked))}. <a href="./">View the full map</a>.</p>
</footer>
<script src="scrolly.js" async></script>
</body>
</html>
`;
}

function step(e: StoryEvent): string {
  const sources = e.sources.map((s) => `<a href="${attr(s.url)}" rel="noopener noreferrer">${text(s.publisher)}</a>`).join(', ');
  return `    <section class="step" data-map-step="${attr(e.id)}" aria-labelledby="step-${attr(e.id)}">
      <p class="step-date"><time datetime="${attr(e.date)}">${text(formatLongDate(e.date))}</time></p>
      <h2 id="step-${attr(e.id)}">${text(e.title)}</h2>
      <p>${text(e.summary)}</p>
      <p class="step-sources">Sources: ${sources}</p>
    </section>`;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
