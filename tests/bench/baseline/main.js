// The benchmark's floor: bare MapLibre GL (the app's version), one background layer and the
// app's own basemap file drawn as plain fill and line layers. No overlay, no UI, no labels
// (so no fonts). The camera is the app's first view, so both draw the same part of the world.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature, mesh } from 'topojson-client';
import { cameraFor, initialBounds } from '../../../src/camera/initialView.ts';

const marks = {};
const mark = (name) => {
  marks[name] ??= performance.now();
};
window.__bench = { marks };

const container = document.getElementById('map');
const topology = await (await fetch(new URL('basemap/world.topo.json', document.baseURI))).json();
mark('basemap');
const countries = topology.objects.countries;
setWorkerUrl(workerUrl);
const camera = cameraFor(initialBounds(), container.clientWidth, container.clientHeight, 16);
const map = new MapLibreMap({
  container,
  center: camera.center,
  zoom: camera.zoom,
  minZoom: Math.min(0.5, camera.zoom),
  maxZoom: 6,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', maxzoom: 6, data: feature(topology, countries) },
      borders: { type: 'geojson', maxzoom: 6, data: mesh(topology, countries, (a, b) => a !== b) },
      coastline: { type: 'geojson', maxzoom: 6, data: mesh(topology, countries, (a, b) => a === b) },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dde8ef' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f5f1' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#b3b8be', 'line-width': 0.7 } },
      { id: 'coastline', type: 'line', source: 'coastline', paint: { 'line-color': '#9fb3c1', 'line-width': 0.6 } },
    ],
  },
});
window.__map = map;
map.once('load', () => mark('load'));
map.once('idle', () => mark('idle'));
