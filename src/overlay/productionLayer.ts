import { select } from 'd3-selection';
import { svgGroup, type OverlayLayer } from './overlayHost';
import type { ProductionMark } from '../marks/pointMarks';
import { toScreen, type Viewport } from './viewport';

/**
 * Rare-earth mine production as proportional circles, drawn under the flows. Decorative
 * for assistive technology: the legend, the callout and the table say the same in words.
 */
export function productionLayer(): OverlayLayer<readonly ProductionMark[]> {
  const root = svgGroup('production-layer');
  root.setAttribute('aria-hidden', 'true');
  let viewport: Viewport | null = null;

  function update(marks: readonly ProductionMark[]): void {
    select(root)
      .selectAll<SVGCircleElement, ProductionMark>('circle')
      .data(marks, (m) => m.iso)
      .join('circle')
      .attr('class', (m) => `production-symbol iso-${m.iso}`)
      .attr('r', (m) => m.r);
    if (viewport) reproject(viewport);
  }

  function reproject(v: Viewport): void {
    viewport = v;
    select(root)
      .selectAll<SVGCircleElement, ProductionMark>('circle')
      .attr('cx', (m) => Math.round(toScreen(v, m.world)[0] * 10) / 10)
      .attr('cy', (m) => Math.round(toScreen(v, m.world)[1] * 10) / 10);
  }

  return { root, update, reproject, destroy: () => root.remove() };
}
