import { select } from 'd3-selection';
import labelData from '../../data/labels.json';
import type { CountryLabel } from '../data/types';
import { toWorld } from '../geo/mercator';
import { labelSize, placeLabels } from '../marks/placeLabels';
import { svgGroup, type OverlayLayer } from './overlayHost';
import { toScreen, type Viewport } from './viewport';
import { labelName } from '../i18n/labelNames';

export interface LabelsProps {
  /** ISO numeric ids whose names a marker already writes (src/state/deriveView.ts). */
  readonly hidden: readonly string[];
}

/**
 * The basemap's country names, drawn by the browser over whichever map is underneath (the
 * SVG preview, MapLibre, the no-WebGL map), so they are the same text, font and place on
 * each and the hand-over moves none of them. Placed again on every move: story countries
 * first, then the others where they collide with none (src/renderer/svg/placeLabels.ts).
 * MapLibre draws no text at all, so it needs no glyphs or fonts of its own. Decorative for
 * assistive technology: the map summary, the cards and the table name the countries.
 */
export function labelsLayer(storyIsos: readonly string[]): OverlayLayer<LabelsProps> {
  const root = svgGroup('labels-layer');
  root.setAttribute('aria-hidden', 'true');
  const labels = (labelData.labels as CountryLabel[]).map((l) => ({ ...l, name: labelName(l), world: toWorld(l.at), story: storyIsos.includes(l.id) }));
  let hidden = new Set<string>();
  let viewport: Viewport | null = null;

  function reproject(v: Viewport): void {
    viewport = v;
    const zoom = Math.log2(v.k);
    const placed = placeLabels(
      labels.filter((l) => !hidden.has(l.id)).map((l) => ({ ...l, screen: toScreen(v, l.world), size: labelSize(l.story, zoom) })),
      v,
    );
    select(root)
      .selectAll<SVGTextElement, (typeof placed)[number]>('text')
      .data(placed, (l) => l.id)
      .join((enter) => enter.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em'))
      .attr('class', (l) => (l.story ? 'country-label is-story' : 'country-label'))
      .attr('x', (l) => Math.round(l.screen[0]))
      .attr('y', (l) => Math.round(l.screen[1]))
      .attr('font-size', (l) => l.size)
      .text((l) => l.name);
  }

  return {
    root,
    update(props) {
      hidden = new Set(props.hidden);
      if (viewport) reproject(viewport);
    },
    reproject,
    destroy: () => root.remove(),
  };
}
