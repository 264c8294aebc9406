import { select } from 'd3-selection';
import { svgGroup, type OverlayLayer } from './overlayHost';
import type { EventMark } from '../marks/pointMarks';
import { toScreen, type Viewport } from './viewport';
import { eventLabelLines } from '../marks/eventLabel';
import { svgButton, type Activation } from './svgButton';
import { formatDate, t } from '../i18n/locale';

export interface EventsProps {
  readonly marks: readonly EventMark[];
  readonly activeId: string | null;
}

/**
 * Context events reached by the timeline (China's export controls and their suspension,
 * the Busan meeting), as focusable diamond markers labelled with the event's title.
 */
export function eventsLayer(onSelect: (id: string, via: Activation) => void): OverlayLayer<EventsProps> {
  const root = svgGroup('events-layer');
  let props: EventsProps = { marks: [], activeId: null };
  let viewport: Viewport | null = null;

  function update(next: EventsProps): void {
    props = next;
    select(root)
      .selectAll<SVGGElement, EventMark>('g.event-marker')
      .data(props.marks, (m) => m.id)
      .join((enter) => {
        const g = svgButton(enter.append('g'), onSelect);
        g.append('circle').attr('class', 'hit').attr('r', 14);
        g.append('path').attr('class', 'symbol').attr('d', 'M0,-8L8,0L0,8L-8,0Z');
        g.append('text').attr('class', 'marker-label').attr('text-anchor', 'end');
        return g;
      })
      .attr('class', (m) => `event-marker kind-${m.kind} actor-${m.actor}`)
      .attr('data-event-id', (m) => m.id)
      .attr('aria-label', (m) => t('map.showDetails', { title: m.title, date: formatDate(m.date) }))
      .attr('aria-pressed', (m) => String(m.id === props.activeId))
      .classed('is-active', (m) => m.id === props.activeId)
      .select('text')
      // Only the current event is labelled: several labels at once crowd East Asia.
      .selectAll('tspan')
      .data((m) => (m.id === props.activeId ? eventLabelLines(m.title) : []))
      .join('tspan')
      .attr('x', (l) => l.x)
      .attr('y', (l) => l.y)
      .text((l) => l.text);
    if (viewport) reproject(viewport);
  }

  function reproject(v: Viewport): void {
    viewport = v;
    select(root)
      .selectAll<SVGGElement, EventMark>('g.event-marker')
      .attr('transform', (m) => {
        const [x, y] = toScreen(v, m.world);
        return `translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`;
      });
  }

  return { root, update, reproject, destroy: () => root.remove() };
}
