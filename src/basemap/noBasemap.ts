import type { BasemapTopology } from './basemap';
import { t } from '../i18n/locale';

/**
 * A basemap with no countries: what the map draws when world.topo.json cannot be loaded.
 * The sea, the timeline, the card, the table and the overlays still tell the story.
 */
export const NO_BASEMAP: BasemapTopology = {
  type: 'Topology',
  arcs: [],
  objects: { countries: { type: 'GeometryCollection', geometries: [] } },
};

/** Why the basemap is missing, in words for the notice. */
export function basemapFailureText(error: unknown): string {
  const kind = (error as { kind?: string } | null)?.kind;
  const status = String((error as Error | null)?.message).match(/HTTP (\d+)/)?.[1];
  const why =
    kind === 'http'
      ? status
        ? t('error.basemapHttp', { status })
        : t('error.basemapHttpUnknown')
      : kind === 'timeout'
        ? t('error.basemapTimeout')
        : kind === 'parse'
          ? t('error.basemapParse')
          : t('error.basemapNetwork');
  return t('error.basemap', { why });
}
