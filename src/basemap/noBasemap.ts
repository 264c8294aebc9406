import type { BasemapTopology } from './basemap';

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
  const why =
    kind === 'http'
      ? `the server answered ${String((error as Error).message).match(/HTTP (\d+)/)?.[1] ?? 'with an error'}`
      : kind === 'timeout'
        ? 'the server did not answer in time'
        : kind === 'parse'
          ? 'the file arrived damaged or cut short'
          : 'the network request failed';
  return `The base map (coastlines and borders) could not be loaded: ${why}. The story is shown on a plain background.`;
}
