import { expect, test } from 'vitest';
import { basemapGeoJSON } from '../../src/basemap/basemap';
import { BasemapLoadError } from '../../src/basemap/loadBasemap';
import { basemapFailureText, NO_BASEMAP } from '../../src/basemap/noBasemap';

test('basemapGeoJSON(NO_BASEMAP) draws no land, no border and no coast', () => {
  const g = basemapGeoJSON(NO_BASEMAP);
  expect([
    g.countries.features.length,
    g.land.features.flatMap((f) => f.geometry.coordinates).length,
    g.borders.geometry.coordinates.length,
    g.coastline.geometry.coordinates.length,
  ]).toEqual([0, 0, 0, 0]);
});

test.each([
  [new BasemapLoadError('http', 'u', 'HTTP 404 Not Found'), 'the server answered 404'],
  [new BasemapLoadError('timeout', 'u', 'no answer'), 'did not answer in time'],
  [new BasemapLoadError('parse', 'u', 'is not valid JSON'), 'damaged or cut short'],
  [new BasemapLoadError('network', 'u', 'could not be fetched'), 'network request failed'],
  [new TypeError('x'), 'network request failed'],
])('basemapFailureText(%s) says why, and that the story is still shown', (error, why) => {
  const text = basemapFailureText(error);
  expect([
    text.includes(why),
    /^The base map \(coastlines and borders\) could not be loaded: .+\. The story is shown on a plain background\.$/.test(text),
  ]).toEqual([true, true]);
});
