import type { ViewStore } from '../../state/store';
import type { StillSource } from '../../still/stillSource';
import type { BasemapGeoJSON } from '../../basemap/basemap';
import { h } from '../../dom/h';

type Renderer = typeof import('../../still/renderStill');

/** Print size in CSS px: the text width of A4 and Letter at default margins is about 700 px. */
const PRINT_SIZE = { width: 720, height: 500 } as const;

/**
 * The map on paper. A WebGL canvas prints blank, so while the page prints, the map box
 * shows the still of the current view instead (print.css swaps them). The still is
 * inline SVG, so the page's own fonts apply and nothing needs loading: `beforeprint`
 * handlers must finish synchronously, so the renderer and the basemap are fetched when the
 * browser is idle after mount, and the still is made from them on `beforeprint` (or when
 * the print media query starts to match) and removed on `afterprint`.
 */
export function mountPrintStill(mapWrap: HTMLElement, store: ViewStore, source: StillSource): () => void {
  const figure = h('figure', { class: 'print-still', 'aria-hidden': 'true' });
  mapWrap.append(figure);
  let renderer: Renderer | null = null;
  let basemap: BasemapGeoJSON | null = null;
  let ready: Promise<void> | null = null;
  const prepare = () => {
    ready ??= Promise.all([import('../../still/renderStill'), source.basemap()])
      .then(([r, b]) => {
        renderer = r;
        basemap = b;
      })
      .catch((error: unknown) => console.warn('[critical-minerals-map] the print image is not available', error));
    return ready;
  };
  const cancelIdle = whenIdle(() => void prepare());

  const show = () => {
    // Printed before the idle preload finished: too late for this printout's first pass,
    // but a print preview that re-renders (and emulated print media) gets the still.
    if (!renderer || !basemap)
      return void prepare().then(() => {
        if (print.matches) show();
      });
    const { date, selectedId } = store.getState();
    const svg = renderer.renderStill({ data: source.data, basemap, date, deal: selectedId, ...PRINT_SIZE, frame: 'date' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    figure.replaceChildren(document.importNode(doc.documentElement, true));
  };
  const print = matchMedia('print');
  const hide = () => figure.replaceChildren();
  const onMedia = (e: MediaQueryListEvent) => (e.matches ? show() : hide());
  window.addEventListener('beforeprint', show);
  window.addEventListener('afterprint', hide);
  print.addEventListener('change', onMedia);
  return () => {
    cancelIdle();
    window.removeEventListener('beforeprint', show);
    window.removeEventListener('afterprint', hide);
    print.removeEventListener('change', onMedia);
    figure.remove();
  };
}

/** requestIdleCallback where there is one (not in Safari), else a timeout; returns the cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 2000);
  return () => clearTimeout(id);
}
