import { select } from 'd3-selection';
import type { OverlayLayer } from '../overlayHost';
import { svgGroup } from '../overlayHost';
import type { FlowMark } from '../../marks/prepareFlows';
import { groupTransform, toScreen, type Viewport } from '../viewport';
import { WORLD_SIZE } from '../../geo/mercator';
import { nearestCopy } from '../../geo/wrap';
import { dealMarkerBox, joinDealMarkers, type FlowsHandlers, type FlowsProps } from './dealMarkers';

export type { FlowsHandlers, FlowsProps };

/** A layer that can say where a deal's marker is on screen (for the tooltip). */
export interface MarkerAnchors {
  anchor(id: string): DOMRect | null;
}

/**
 * The US deal flows: one line per deal in force, drawn in world coordinates under a
 * single transform per line (moving the map rewrites one attribute per line, never the
 * path), with focusable partner markers that carry the deal's accessible name.
 */
export function flowsLayer(handlers: FlowsHandlers): OverlayLayer<FlowsProps> & MarkerAnchors {
  const root = svgGroup('flows-layer');
  const arcs = select(root).append('g').attr('class', 'arcs');
  const markers = select(root).append('g').attr('class', 'markers');
  let props: FlowsProps = { flows: [], activeId: null, origin: null };
  let viewport: Viewport | null = null;

  function update(next: FlowsProps): void {
    props = next;
    arcs
      .selectAll<SVGGElement, FlowMark>('g.flow')
      .data(props.flows, (f) => f.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'flow').attr('aria-hidden', 'true');
        g.append('path').attr('class', 'flow-casing');
        g.append('path').attr('class', 'flow-arc');
        g.append('path').attr('class', 'flow-motion');
        return g;
      })
      .attr('data-deal', (f) => f.id)
      .classed('is-active', (f) => f.id === props.activeId)
      .style('--flow-width', (f) => `${f.width}px`)
      .call((g) =>
        g.selectAll<SVGPathElement, FlowMark>('path').attr('d', function () {
          return select<SVGGElement, FlowMark>(this.parentNode as SVGGElement).datum().d;
        }),
      )
      .call((g) => g.select('path.flow-arc').attr('data-deal', (f) => f.id));
    // The active line last, so it is drawn on top.
    arcs.selectAll<SVGGElement, FlowMark>('g.flow').sort((a, b) => Number(a.id === props.activeId) - Number(b.id === props.activeId));

    joinDealMarkers(markers, props, handlers);

    if (viewport) reproject(viewport);
  }

  function reproject(v: Viewport): void {
    viewport = v;
    arcs.selectAll<SVGGElement, FlowMark>('g.flow').attr('transform', (f) => groupTransform(v, nearestCopy(f.midX, v.cx, WORLD_SIZE)));
    markers.selectAll<SVGGElement, FlowMark>('g.partner-marker').attr('transform', (f) => translate(toScreen(v, f.target)));
    markers.selectAll<SVGGElement, NonNullable<FlowsProps['origin']>>('g.origin-marker').attr('transform', (o) => translate(toScreen(v, o.world)));
  }

  return {
    root,
    update,
    reproject,
    anchor: (id) => dealMarkerBox(markers, id),
    destroy() {
      root.remove();
    },
  };
}

function translate([x, y]: [number, number]): string {
  return `translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`;
}
