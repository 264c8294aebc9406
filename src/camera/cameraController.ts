import type { StoryEvent } from '../data/types.ts';
import { afterPaint } from '../dom/afterPaint.ts';
import type { ViewState, ViewStore } from '../state/store.ts';
import type { FlowMark } from '../marks/prepareFlows.ts';
import type { MapCamera } from './mapCamera.ts';
import { frameLonLat, frameWorldPoints, nearCurrent, type Camera } from './cameraTarget.ts';

export interface CameraOptions {
  /** The event the camera frames in a view state (src/state/deriveView.ts). */
  readonly current: (state: ViewState) => StoryEvent | null;
  readonly flows: readonly FlowMark[];
  /** True when the reader asked for reduced motion: jump, never fly. */
  readonly reducedMotion: () => boolean;
  readonly minZoom: number;
}

/** Where the camera goes for an event: a deal's whole line, or close on a context event's place. */
export function cameraForEvent(event: StoryEvent, flows: readonly FlowMark[], size: { width: number; height: number }, minZoom: number): Camera {
  const flow = flows.find((f) => f.id === event.id);
  const padding = Math.min(60, Math.max(24, Math.min(size.width, size.height) * 0.12));
  if (flow) return frameWorldPoints(flow.extent, { ...size, padding, minZoom, maxZoom: 4 });
  return frameLonLat([event.place.lon, event.place.lat], Math.max(minZoom, size.width < 500 ? 2.2 : 3));
}

/**
 * Flies the map to the current event whenever it changes (not on every day of the
 * timeline), after the overlay and the card for it have been painted: the reader sees the
 * new event at once and the flight follows. Subscribes on creation; the returned function
 * unsubscribes and drops a flight not yet started.
 */
export function cameraController(map: MapCamera, store: ViewStore, o: CameraOptions): () => void {
  const later = afterPaint();
  const stop = store.subscribe(
    (s) => o.current(s),
    (event) => later.schedule(() => fly(event)),
  );
  function fly(event: StoryEvent | null): void {
    if (!event) return;
    const canvas = map.getCanvas();
    const target = nearCurrent(cameraForEvent(event, o.flows, { width: canvas.clientWidth, height: canvas.clientHeight }, o.minZoom), map.getCenter().lng);
    const camera = { center: [target.center[0], target.center[1]] as [number, number], zoom: target.zoom };
    if (o.reducedMotion()) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1400, essential: false });
  }
  return () => {
    stop();
    later.cancel();
  };
}
