import type { ViewSource } from './viewSource';
import type { Viewport } from './viewport';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A layer of the D3 overlay: owns one <g>, re-derives on data, re-projects on move. */
export interface OverlayLayer<P> {
  readonly root: SVGGElement;
  /** Data join with prepared values; called on store changes, never per frame. */
  update(props: P): void;
  /** Positions what is drawn; called on every frame the view moves, and after update. */
  reproject(v: Viewport): void;
  destroy(): void;
}

/**
 * The SVG that sits over the map, in the map's container so it pans with it and scrolls
 * with the page. It owns the single move subscription that re-projects every layer.
 */
export class OverlayHost {
  readonly svg: SVGSVGElement;
  private readonly layers: OverlayLayer<unknown>[] = [];
  private readonly stopMoving: () => void;
  private current: Viewport;

  constructor(source: ViewSource, label: string) {
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'flows-overlay');
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-label', label);
    source.container.insertBefore(this.svg, source.before);
    this.current = source.viewport();
    this.stopMoving = source.onMove((v) => {
      this.current = v;
      for (const layer of this.layers) layer.reproject(v);
    });
  }

  add<P>(layer: OverlayLayer<P>): OverlayLayer<P> {
    this.svg.append(layer.root);
    this.layers.push(layer as OverlayLayer<unknown>);
    layer.reproject(this.current);
    return layer;
  }

  viewport(): Viewport {
    return this.current;
  }

  destroy(): void {
    this.stopMoving();
    for (const layer of this.layers) layer.destroy();
    this.svg.remove();
  }
}

export function svgGroup(className: string): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', className);
  return g;
}
