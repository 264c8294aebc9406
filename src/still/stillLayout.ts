import type { StoryData } from '../data/types.ts';
import { cameraForEvent } from '../camera/cameraController.ts';
import { cameraFor, initialBounds, type Camera } from '../camera/initialView.ts';
import type { FlowMark } from '../marks/prepareFlows.ts';
import { viewportFor, type Viewport } from '../overlay/viewport.ts';
import { wrapText } from '../marks/wrapText.ts';
import { formatDate, t } from '../i18n/locale.ts';

/** The same limits as the live maps (src/renderer/createMap.ts, src/renderer/svg/svgMap.ts). */
const MIN_ZOOM = 0.5;

/** 'full': headline, date, map, key and credits, a picture that stands alone; 'date': the date line and the map, for a page that prints its own headline, legend and credits. */
export type StillFrame = 'full' | 'date';

export interface StillLayout {
  readonly frame: StillFrame;
  /** Text scale: 1 at 800 px wide. */
  readonly u: number;
  readonly pad: number;
  readonly headline: { readonly lines: string[]; readonly size: number; readonly y: number };
  readonly subline: { readonly text: string; readonly size: number; readonly y: number };
  /** The map's box in the image. */
  readonly map: { readonly y: number; readonly width: number; readonly height: number };
  /** The key: its first row's baseline and the step to its second. */
  readonly key: { readonly size: number; readonly y: number; readonly rowGap: number };
  readonly credits: { readonly lines: string[]; readonly size: number; readonly y: number };
}

/**
 * Where everything goes in a width × height still: the headline and the date on top, the
 * map, then a key of up to two rows and the credits. Text is sized from the width (1 at 800 px,
 * between 0.8 and 1.5) and wrapped; the map takes the height that is left.
 */
export function stillLayout(data: StoryData, date: string, deal: string | null, width: number, height: number, frame: StillFrame = 'full'): StillLayout {
  const u = Math.max(0.8, Math.min(1.5, width / 800));
  const pad = 16 * u;
  const inner = width - 2 * pad;
  const hSize = 24 * u;
  const full = frame === 'full';
  const headlineLines = full ? wrapText(data.story.headline, hSize, inner, 0.53) : [];
  const headlineY = full ? pad + hSize * 0.9 : pad - hSize * 0.9;
  const event = deal === null ? null : (data.events.find((e) => e.id === deal) ?? null);
  const sSize = 15 * u;
  const sublineY = full ? headlineY + (headlineLines.length - 1) * hSize * 1.15 + sSize * 1.5 : pad + sSize * 0.5;
  const cSize = 11 * u;
  // A picture shared on its own says when its facts were checked.
  const creditLines = full ? wrapText(`${data.story.credits} ${t('facts.checked', { date: formatDate(data.story.checked) })}`, cSize, inner, 0.5) : [];
  const kSize = 13 * u;
  const creditsHeight = creditLines.length * cSize * 1.3;
  const creditsY = height - pad - creditsHeight + cSize;
  const keyRowGap = kSize * 1.5;
  const keyY = creditsY - cSize - kSize * 0.9 - keyRowGap;
  const mapY = sublineY + sSize * 0.6;
  const mapBottom = full ? keyY - kSize * 1.4 : height;
  return {
    frame,
    u,
    pad,
    headline: { lines: headlineLines, size: hSize, y: headlineY },
    subline: { text: event ? t('still.subline', { date: formatDate(date), title: event.title }) : formatDate(date), size: sSize, y: sublineY },
    map: { y: mapY, width, height: Math.max(40, mapBottom - mapY) },
    key: { size: kSize, y: keyY, rowGap: keyRowGap },
    credits: { lines: creditLines, size: cSize, y: creditsY },
  };
}

/**
 * The camera of a still, as the live map would frame the view: the story's first view
 * (src/camera/initialView.ts) without a deal; with one, the camera the reader's map flies to
 * for it (cameraForEvent), at the map box's size.
 */
export function stillCamera(data: StoryData, flows: readonly FlowMark[], deal: string | null, width: number, height: number): Camera {
  const first = cameraFor(initialBounds(), width, height, 16);
  const event = deal === null ? null : data.events.find((e) => e.id === deal);
  if (!event) return first;
  const c = cameraForEvent(event, flows, { width, height }, Math.min(MIN_ZOOM, first.zoom));
  return { center: [c.center[0], c.center[1]], zoom: c.zoom };
}

export function stillViewport(camera: Camera, width: number, height: number): Viewport {
  return viewportFor(camera.center, camera.zoom, width, height);
}
