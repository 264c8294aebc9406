/**
 * What the camera controller needs from a map: where it looks, how big it is, and how to
 * move it. MapLibre's Map has these methods already; the no-WebGL SVG map implements them.
 */
export interface MapCamera {
  getCenter(): { readonly lng: number; readonly lat: number };
  getCanvas(): { readonly clientWidth: number; readonly clientHeight: number };
  jumpTo(camera: { center: [number, number]; zoom: number }): unknown;
  flyTo(camera: { center: [number, number]; zoom: number; duration?: number; essential?: boolean }): unknown;
}
