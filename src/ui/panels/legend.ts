import type { Legend, Production } from '../../data/types.ts';
import { optionalItems } from '../../marks/legendRows.ts';
import { PRODUCTION_MAX_RADIUS, productionRadius } from '../../marks/pointMarks.ts';
import { h } from '../../dom/h.ts';
import { externalLink } from '../../dom/h.ts';
import { formatNumber, t as tr } from '../../i18n/locale.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The legend: what a line, a marker and a circle mean. The circle sizes are the map's own
 * scale at two values from the data (the largest producer and a tenth of it, rounded).
 */
export interface LegendOptions {
  /** Closed to one line on every width (embed mode); else open from 700 px up. */
  readonly collapsed?: boolean;
  /** The map's own circle scale (src/state/storyModel.ts), so the legend cannot disagree with it. */
  readonly radius?: (value: number) => number;
  /** The words for each kind of mark (data/story.json `legend`). */
  readonly words?: Legend;
}

const WORDS = () => ({ flow: tr('legend.flow'), partner: tr('legend.partner'), events: tr('legend.events') });

export function mountLegend(parent: HTMLElement, production: Production, o: LegendOptions = {}): () => void {
  const radius = o.radius ?? productionRadius(production);
  const max = Math.max(...production.rows.map((r) => r.production));
  const small = niceFloor(max / 10);
  const size = PRODUCTION_MAX_RADIUS * 2 + 4;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(size + 70));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  for (const v of [max, small]) {
    const r = radius(v);
    const c = document.createElementNS(SVG_NS, 'circle');
    c.setAttribute('class', 'production-symbol');
    c.setAttribute('cx', String(PRODUCTION_MAX_RADIUS + 2));
    c.setAttribute('cy', String(size - 2 - r));
    c.setAttribute('r', String(r));
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(PRODUCTION_MAX_RADIUS * 2 + 8));
    t.setAttribute('y', String(size - 2 - 2 * r + 4));
    t.textContent = formatNumber(v);
    svg.append(c, t);
  }
  const source = production.sources[0];
  const details = h(
    'details',
    { class: 'legend-details', open: !o.collapsed && matchMedia('(min-width: 700px)').matches },
    h('summary', {}, tr('legend.title')),
    h(
      'div',
      { class: 'legend-body' },
      h(
        'ul',
        { class: 'legend-items' },
        h('li', {}, h('span', { class: 'swatch swatch-flow', 'aria-hidden': 'true' }), (o.words ?? WORDS()).flow),
        h('li', {}, h('span', { class: 'swatch swatch-partner', 'aria-hidden': 'true' }), (o.words ?? WORDS()).partner),
        h('li', {}, h('span', { class: 'swatch swatch-china', 'aria-hidden': 'true' }), (o.words ?? WORDS()).events),
        ...optionalItems(o.words).map(([swatch, words]) => h('li', {}, h('span', { class: `swatch swatch-${swatch}`, 'aria-hidden': 'true' }), words)),
      ),
      h(
        'div',
        { class: 'legend-production' },
        svg,
        h(
          'div',
          {},
          h('p', {}, tr('legend.production', { title: production.title, unit: production.unit })),
          source ? h('p', { class: 'legend-source' }, tr('page.source'), externalLink(source.url, source.publisher)) : null,
        ),
      ),
    ),
  );
  parent.append(details);
  return () => details.remove();
}

/** 1, 2 or 5 × a power of ten, at or below `v`. */
function niceFloor(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  const m = v / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}
