import './firstView.css';
import { FIRST_VIEW_IDS, FIRST_VIEW_PICTURE_IDS, FIRST_VIEW_UNIT } from './firstViewIds';
import type { FirstViewPaths } from './svg/svgMap';

/**
 * The first view that index.html carries (the page's frame and the map's picture, drawn at
 * build): the script's layout replaces the frame, and takes the picture into its own map
 * box until its own map and overlays have drawn the same view.
 */
export interface FirstView {
  /** Moves the picture into the script's map box (before its own map has drawn). */
  placeIn(map: HTMLElement): void;
  /**
   * Takes the picture's basemap away, keeping its lines and markers over the live map until
   * the overlays are drawn: for a map that has drawn its own basemap in the same task (the
   * SVG map), so no frame shows the box without one and the picture is never rastered twice.
   */
  dropBasemap(): void;
  /** The basemap's shapes, for the SVG preview's canvas: it needs no basemap of its own to draw the same view. */
  readonly paths: FirstViewPaths | null;
  /** Takes the picture away: the live map and overlays now show the same view. */
  remove(): void;
}

/** The first view of this mode (page or embed), or null where the page has none (the dev server, a test page). */
export function takeFirstView(doc: Document, embed: boolean): FirstView | null {
  const picture = doc.getElementById(embed ? FIRST_VIEW_PICTURE_IDS.embed : FIRST_VIEW_PICTURE_IDS.page);
  if (!picture) return null;
  const defs = doc.querySelector('.fv-defs');
  // Each layer is cut into cells of the world (one path each): the canvas fills each layer
  // as one path and strokes each land cell's outline, clipped to its cell, as the coast.
  const paths = (selector: string) => [...(defs?.querySelectorAll(selector) ?? [])].map((p) => p.getAttribute('d') ?? '');
  const land = paths(`.${FIRST_VIEW_IDS.land} > path`);
  const cells = [...(defs?.querySelectorAll(`.${FIRST_VIEW_IDS.coastline} > use`) ?? [])].map((use) => {
    const rect = doc.getElementById(/#([^)]+)/.exec(use.getAttribute('clip-path') ?? '')?.[1] ?? '')?.querySelector('rect');
    const n = (name: string) => Number(rect?.getAttribute(name) ?? Number.NaN);
    return [n('x'), n('y'), n('x') + n('width'), n('y') + n('height')] as const;
  });
  return {
    placeIn(map) {
      map.prepend(picture);
    },
    dropBasemap() {
      picture.querySelector('.fv-basemap')?.remove();
      picture.classList.add('is-over-live');
    },
    paths:
      land.length > 0 && cells.length === land.length && cells.flat().every(Number.isFinite)
        ? {
            land,
            cells,
            highlight: paths(`.${FIRST_VIEW_IDS.highlight} > path`).join(''),
            borders: paths(`.${FIRST_VIEW_IDS.borders} > path`).join(''),
            unit: FIRST_VIEW_UNIT,
          }
        : null,
    remove() {
      picture.remove();
      defs?.remove();
    },
  };
}
