import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ViewSource } from '../overlay/viewSource';
import { viewportFor } from '../overlay/viewport';

/**
 * A ViewSource over a MapLibre map. `move` fires inside MapLibre's render frame, before
 * the canvas is presented, so an overlay updated from it paints in the same frame: no lag
 * behind pans, zooms or flights.
 */
export function mapViewSource(map: MapLibreMap): ViewSource {
  const container = map.getContainer();
  const before = container.querySelector('.maplibregl-control-container');
  const viewport = () => {
    const c = map.getCenter();
    const canvas = map.getCanvas();
    return viewportFor([c.lng, c.lat], map.getZoom(), canvas.clientWidth, canvas.clientHeight);
  };
  return {
    container,
    before,
    viewport,
    onMove(listener) {
      const handler = () => listener(viewport());
      map.on('move', handler);
      map.on('resize', handler);
      return () => {
        map.off('move', handler);
        map.off('resize', handler);
      };
    },
  };
}
