import type { Selection } from 'd3-selection';

/** How a marker was activated: a keyboard selection moves focus to the card, a click does not. */
export type Activation = 'keyboard' | 'pointer';

/**
 * Makes SVG marker groups behave as buttons: focusable, activated by a click, Enter or
 * Space, and announced as buttons. `activate` receives the datum's id and how.
 */
export function svgButton<D extends { id: string }>(
  g: Selection<SVGGElement, D, SVGGElement, unknown>,
  activate: (id: string, via: Activation) => void,
): Selection<SVGGElement, D, SVGGElement, unknown> {
  return g
    .attr('role', 'button')
    .attr('tabindex', 0)
    .on('click', (_, d) => activate(d.id, 'pointer'))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(d.id, 'keyboard');
      }
    });
}
