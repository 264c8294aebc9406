import type { Selection } from 'd3-selection';
import type { FlowMark } from '../../marks/prepareFlows';
import { svgButton, type Activation } from '../svgButton';
import { t } from '../../i18n/locale';

export interface FlowsProps {
  /** Deals in force at the current date. */
  readonly flows: readonly FlowMark[];
  /** The deal that is selected or under the pointer: drawn on top, emphasised. */
  readonly activeId: string | null;
  /** Where the flows start, in world coordinates, with its label. */
  readonly origin: { readonly name: string; readonly world: readonly [number, number] } | null;
}

export interface FlowsHandlers {
  onSelect(id: string, via: Activation): void;
  onHover(id: string | null): void;
}

type Origin = NonNullable<FlowsProps['origin']>;

/** Where a marker's label starts, right of a partner's dot and left of the origin's (px). */
const LABEL_DX = { partner: 10, origin: -9 } as const;

/**
 * The deal markers both flow renderers share (SVG lines for the story, MapLibre lines for
 * many flows): a focusable button per partner carrying the deal's accessible name, and the
 * origin marker. Returns the joined selections for the caller to position.
 */
export function joinDealMarkers(
  markers: Selection<SVGGElement, unknown, null, undefined>,
  props: FlowsProps,
  handlers: FlowsHandlers,
): { partners: Selection<SVGGElement, FlowMark, SVGGElement, unknown>; origin: Selection<SVGGElement, Origin, SVGGElement, unknown> } {
  const partners = markers
    .selectAll<SVGGElement, FlowMark>('g.partner-marker')
    .data(props.flows, (f) => f.id)
    .join((enter) => {
      const g = svgButton(enter.append('g').attr('class', 'partner-marker'), handlers.onSelect)
        .on('pointerenter focus', (_, f) => handlers.onHover(f.id))
        .on('pointerleave blur', () => handlers.onHover(null));
      g.append('circle').attr('class', 'hit').attr('r', 14);
      g.append('circle').attr('class', 'dot').attr('r', 6);
      g.append('text').attr('class', 'marker-label').attr('x', LABEL_DX.partner).attr('dy', '0.35em');
      return g;
    })
    .attr('data-deal', (f) => f.id)
    // The visible label (the partner's name) must be part of the accessible name (WCAG 2.5.3):
    // a title need not name the partner as the map does ("with Korea" for South Korea).
    .attr('aria-label', (f) =>
      f.title.includes(f.partnerName)
        ? t('map.dealDetails', { title: f.title, value: f.valueLabel })
        : t('map.dealDetailsPartner', { partner: f.partnerName, title: f.title, value: f.valueLabel }),
    )
    .attr('aria-pressed', (f) => String(f.id === props.activeId))
    .classed('is-active', (f) => f.id === props.activeId);
  partners
    .select<SVGTextElement>('text')
    .attr('x', (f) => (f.labelLeft ? -LABEL_DX.partner : LABEL_DX.partner))
    .attr('text-anchor', (f) => (f.labelLeft ? 'end' : null));
  // Written only when it changes: a new text node is laid out again, for every marker on every update.
  partners.select<SVGTextElement>('text').each(function (f) {
    if (this.textContent !== f.partnerName) this.textContent = f.partnerName;
  });

  const origin = markers
    .selectAll<SVGGElement, Origin>('g.origin-marker')
    .data(props.origin && props.flows.length > 0 ? [props.origin] : [])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'origin-marker').attr('aria-hidden', 'true');
      g.append('circle').attr('class', 'dot').attr('r', 5);
      g.append('text').attr('class', 'marker-label').attr('x', LABEL_DX.origin).attr('dy', '0.35em').attr('text-anchor', 'end');
      return g;
    });
  origin.select<SVGTextElement>('text').each(function (o) {
    if (this.textContent !== o.name) this.textContent = o.name;
  });
  return { partners, origin };
}

/** Where a deal's partner marker is on screen (for the tooltip), or null when it is not drawn. */
export function dealMarkerBox(markers: Selection<SVGGElement, unknown, null, undefined>, id: string): DOMRect | null {
  const marker = markers
    .selectAll<SVGGElement, FlowMark>('g.partner-marker')
    .filter((f) => f.id === id)
    .node();
  return marker ? marker.getBoundingClientRect() : null;
}

/**
 * Puts a marker made by joinDealMarkers at screen point (x, y) through its shapes' own
 * coordinates, leaving the marker without a transform. For thousands of markers: a
 * transform on each makes the browser treat each as a separate piece of the picture to
 * composite on every frame, while markers without one are moved at once by their group's
 * transform (measured in tests/bench/lines/: about 15 ms of main thread per frame less at
 * 900 markers). A few markers are simpler to move by transform, as flowsLayer does.
 */
export function placeDealMarker(marker: SVGGElement, [x, y]: readonly [number, number]): void {
  const cx = String(Math.round(x * 10) / 10);
  const cy = String(Math.round(y * 10) / 10);
  for (const circle of marker.querySelectorAll('circle')) {
    circle.setAttribute('cx', cx);
    circle.setAttribute('cy', cy);
  }
  const label = marker.querySelector('text');
  const dx = marker.classList.contains('origin-marker') ? LABEL_DX.origin : label?.getAttribute('text-anchor') === 'end' ? -LABEL_DX.partner : LABEL_DX.partner;
  label?.setAttribute('x', String(Math.round((x + dx) * 10) / 10));
  label?.setAttribute('y', cy);
}
