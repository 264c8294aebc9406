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
  const d = (id: string) => doc.getElementById(id)?.getAttribute('d') ?? null;
  const [land, highlight, borders] = [d(FIRST_VIEW_IDS.land), d(FIRST_VIEW_IDS.highlight), d(FIRST_VIEW_IDS.borders)];
  return {
    placeIn(map) {
      map.prepend(picture);
    },
    paths: land !== null && highlight !== null && borders !== null ? { land, highlight, borders, unit: FIRST_VIEW_UNIT } : null,
    remove() {
      picture.remove();
      defs?.remove();
    },
  };
}
