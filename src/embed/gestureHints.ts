import { t } from '../i18n/locale';
/**
 * MapLibre's cooperative-gesture hints, worded for the device that sees them. MapLibre shows
 * the mobile text only under `(hover: none), (pointer: coarse)` and the Mac text where ⌘ is
 * the bypass key, so a narrow desktop iframe never reads "use two fingers".
 */
export function gestureHints(): Readonly<Record<string, string>> {
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t('map.gestureWindows'),
    'CooperativeGesturesHandler.MacHelpText': t('map.gestureMac'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.gestureMobile'),
  };
}

/**
 * Cooperative gestures where a one-finger drag or a plain wheel must scroll the page instead
 * of the map: inside an article (embed) and on touch screens.
 */
export function wantsCooperativeGestures(embed: boolean, coarsePointer: boolean): boolean {
  return embed || coarsePointer;
}
