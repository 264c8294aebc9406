#!/usr/bin/env node
// Builds public/basemap/world.topo.json, the only geography the map ships.
//
//   node src/build/basemap.mjs      (or: npm run basemap)
//
// Source: world-atlas@2 countries-50m (Natural Earth 1:50m, public domain).
//
// Why one 50m topology with variable simplification instead of a 50m/110m patchwork:
// the two scales do not share vertices, so a border between a 50m country and a 110m
// neighbour would become two slightly different lines, `mesh(a !== b)` would not see it
// as shared, and the merged land would get slivers. Simplifying one topology keeps every
// shared arc shared. Outside the story region (the Indo-Pacific and the contiguous US, see
// isNear) the
// simplification threshold is much coarser, which gives the 110m look and size there.
//
// Antimeridian: Natural Earth cuts Russia and Fiji at ±180 but writes a few vertices at
// -180 inside rings that lie at +180 (a ring "jumps" 360° and back). That is fixed where
// the topology becomes GeoJSON, in src/map/antimeridian.ts (called by src/map/basemap.ts),
// so this script only reports how many rings need it.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, planarRingArea, presimplify, simplify } from 'topojson-simplify';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = resolve(root, 'node_modules/world-atlas/countries-50m.json');
const output = resolve(root, 'public/basemap/world.topo.json');

/** Countries the story never shows. 010 = Antarctica. */
const DROP = new Set(['010']);

// Thresholds in square degrees (planar, unprojected). At zoom 5 one screen pixel is
// ~0.022° of longitude, so one pixel² is ~5e-4 deg²: dropping vertices whose Visvalingam
// triangle is under 2e-4 deg² (0.4 px² at zoom 5, 1.6 px² at the max zoom 6) keeps the
// coastlines of Japan or the Malay peninsula visually identical to 50m.
const MIN_WEIGHT_NEAR = 2e-4;
const MIN_WEIGHT_FAR = 5e-2; // ~110m: the far side is seen at zoom < 3 (1 px² ≈ 0.03 deg² at zoom 2)
const MIN_RING_NEAR = 1.5e-3; // islands of ~15 km² and more (1–2 px at zoom 5)
const MIN_RING_FAR = 0.15; // islands of ~1,500 km² and more
// Quantization per axis over the data's bbox (360° × ~140°): 360 / 30000 = 0.012°, about
// half a pixel at zoom 5 and one at zoom 6. Delta-encoded integers make finer grids cheap.
const QUANTIZATION = 3e4;

/**
 * The story region, where the map is seen at zoom 3–6: the Indo-Pacific from India to
 * Hawaii and New Zealand, and the contiguous United States with its neighbours' borders.
 * The rest of the world (Africa, Europe, South America, the Arctic) is seen at zoom < 2.
 */
function isNear([lon, lat]) {
  const indoPacific = (lon >= 60 || lon <= -150) && lat >= -50 && lat <= 62;
  const unitedStates = lon >= -130 && lon <= -60 && lat >= 14 && lat <= 52;
  return indoPacific || unitedStates;
}

const world = JSON.parse(readFileSync(source, 'utf8'));
const countries = feature(world, world.objects.countries);
countries.features = countries.features
  .filter((f) => !DROP.has(f.id))
  .map((f) => ({
    type: 'Feature',
    ...(f.id === undefined ? {} : { id: f.id }),
    properties: { name: f.properties.name },
    geometry: f.geometry,
  }));

// Rebuilding the topology from decoded coordinates drops the unused arcs (Antarctica, the
// `land` object); shared borders decode to identical coordinates, so they stay shared.
const rebuilt = topology({ countries });
const weighted = presimplify(rebuilt);

for (const arc of weighted.arcs) {
  for (const point of arc) {
    // Scaling a weight down is the same as raising the threshold for that point.
    if (!isNear(point) && Number.isFinite(point[2])) point[2] *= MIN_WEIGHT_NEAR / MIN_WEIGHT_FAR;
  }
  // An island is one closed arc whose only fixed points are its two identical ends: keep its
  // two most significant interior vertices so it can never collapse below a triangle.
  const [first] = arc;
  const last = arc[arc.length - 1];
  if (arc.length > 3 && first[0] === last[0] && first[1] === last[1]) {
    const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    interior[0][2] = Infinity;
    interior[1][2] = Infinity;
  }
}

const simplified = simplify(weighted, MIN_WEIGHT_NEAR);

// Drop islands too small to see, but never a country's largest ring in the story region
// (Singapore, Nauru, Tuvalu… must stay on the map even if tiny).
const keepRing = largestRingsNear(simplified);
const filtered = filter(simplified, (ring, interior) => {
  if (keepRing.has(ring.join(','))) return true;
  const coordinates = feature(simplified, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0];
  const area = planarRingArea(coordinates);
  const near = coordinates.some(isNear);
  return area >= (near ? MIN_RING_NEAR : MIN_RING_FAR) || (interior && area >= MIN_RING_NEAR);
});

const quantized = quantize(filtered, QUANTIZATION);
const json = JSON.stringify(quantized);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, json);

report(world, quantized, json);

function largestRingsNear(topo) {
  const keys = new Set();
  for (const geometry of topo.objects.countries.geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    let best = null;
    let bestArea = -1;
    for (const polygon of polygons) {
      const coordinates = feature(topo, { type: 'Polygon', arcs: [polygon[0]] }).geometry.coordinates[0];
      const area = planarRingArea(coordinates);
      if (area > bestArea && coordinates.some(isNear)) {
        best = polygon[0];
        bestArea = area;
      }
    }
    if (best) keys.add(best.join(','));
  }
  return keys;
}

function report(before, after, text) {
  const count = (t) => t.arcs.reduce((n, arc) => n + arc.length, 0);
  const fc = feature(after, after.objects.countries);
  const jumping = fc.features.filter((f) => {
    const polygons = f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry?.coordinates ?? []);
    return polygons.some((p) => p.some((r) => r.some((c, i) => i > 0 && Math.abs(c[0] - r[i - 1][0]) > 180)));
  });
  const missing = fc.features.filter((f) => !f.geometry).map((f) => f.properties.name);
  console.log(`countries: ${fc.features.length} (dropped ${[...DROP].join(', ')})`);
  if (missing.length) console.log(`countries with no geometry left: ${missing.join(', ')}`);
  console.log(`points: ${count(before)} in countries-50m → ${count(after)}`);
  console.log(`features with rings crossing ±180 (cut at runtime): ${jumping.map((f) => f.properties.name).join(', ') || 'none'}`);
  console.log(`${output.replace(root + '/', '')}: ${text.length} bytes raw, ${gzipSync(text, { level: 9 }).length} bytes gzip`);
}
