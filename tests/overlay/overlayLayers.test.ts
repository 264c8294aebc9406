// @vitest-environment happy-dom
// The three D3 overlay layers drawn on the fixture story in a fixed view, compared with
// committed SVG files (tests/overlay/__snapshots__/*.svg; no CSS, so shapes only). Numbers are
// rounded to 3 decimals, so a change below that precision is not a change of the drawing.
// A deliberate change: `npx vitest run tests/overlay/overlayLayers.test.ts -u`, then look at the SVGs.
import { expect, test } from 'vitest';
import { toWorld } from '../../src/geo/mercator';
import { eventsLayer } from '../../src/overlay/eventsLayer';
import { flowsLayer } from '../../src/overlay/flows/flowsLayer';
import { OverlayHost } from '../../src/overlay/overlayHost';
import { prepareEventMark, prepareProduction } from '../../src/marks/pointMarks';
import { prepareFlows } from '../../src/marks/prepareFlows';
import { productionLayer } from '../../src/overlay/productionLayer';
import type { ViewSource } from '../../src/overlay/viewSource';
import { viewportFor } from '../../src/overlay/viewport';
import { readFixtureStory } from '../support/storyData';

const WIDTH = 800;
const HEIGHT = 500;

/** A still view over the Pacific, wide enough for Washington, Seoul, Manila and Wellington. */
function stillHost(): OverlayHost {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const source: ViewSource = {
    container,
    before: null,
    viewport: () => viewportFor([170, 10], 1.2, WIDTH, HEIGHT),
    onMove: () => () => {},
  };
  return new OverlayHost(source, 'Fixture overlay');
}

/** The overlay as a standalone SVG file: one element per line, numbers to 3 decimals. */
function svgFile(host: OverlayHost): string {
  const svg = host.svg.cloneNode(true) as SVGSVGElement;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(HEIGHT));
  const rounded = svg.outerHTML.replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, (n) => String(Number(Number(n).toFixed(3))));
  return `${rounded.replace(/></g, '>\n<')}\n`;
}

test('flowsLayer draws each deal in force as a line with its partner marker, the active one last', async () => {
  const story = readFixtureStory();
  const names = new Map(story.parties.map((p) => [p.id, p.name]));
  const flows = prepareFlows(
    story.events.filter((e) => e.deal),
    (id) => names.get(id) ?? id,
  );
  const origin = story.events.find((e) => e.deal)!.deal!.origin;
  const host = stillHost();
  host.add(flowsLayer({ onSelect: () => {}, onHover: () => {} })).update({
    flows,
    activeId: 'fixture-korea',
    origin: { name: 'Washington', world: toWorld([origin.lon, origin.lat]) },
  });
  await expect(svgFile(host)).toMatchFileSnapshot('__snapshots__/flows.svg');
});

test('eventsLayer draws the context events as diamonds, only the active one labelled', async () => {
  const story = readFixtureStory();
  const host = stillHost();
  host.add(eventsLayer(() => {})).update({
    marks: story.events.filter((e) => !e.deal).map(prepareEventMark),
    activeId: 'fixture-controls-sep',
  });
  await expect(svgFile(host)).toMatchFileSnapshot('__snapshots__/events.svg');
});

test('productionLayer draws one area-true circle per producer, the largest first', async () => {
  const host = stillHost();
  host.add(productionLayer()).update(prepareProduction(readFixtureStory().production));
  await expect(svgFile(host)).toMatchFileSnapshot('__snapshots__/production.svg');
});
