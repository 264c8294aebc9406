import type { Selection } from 'd3-selection';

/**
 * Makes SVG marker groups behave as buttons: focusable, activated by a click, Enter or
 * Space, and announced as buttons. `activate` receives the datum's id.
 */
export function svgButton<D extends { id: string }>(
  g: Selection<SVGGElement, D, SVGGElement, unknown>,
  activate: (id: string) => void,
): Selection<SVGGElement, D, SVGGElement, unknown> {
  return g
    .attr('role', 'button')
    .attr('tabindex', 0)
    .on('click', (_, d) => activate(d.id))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(d.id);
      }
    });
}
