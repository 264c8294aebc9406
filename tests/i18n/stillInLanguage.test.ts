// The still image (PNG and SVG downloads, print) in the page's language: the real story and
// its Malay translation (data/), the country names and the date as the page writes them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { basemapGeoJSON } from '../../src/basemap/basemap';
import { readAndValidate, readAndValidateLabels } from '../../src/build/readAndValidate';
import { EN } from '../../src/i18n/en';
import { setLabelNames } from '../../src/i18n/labelNames';
import { readTranslation } from '../../src/i18n/loadTranslation';
import { setLocale } from '../../src/i18n/locale';
import { localiseStory } from '../../src/i18n/localise';
import { renderStill } from '../../src/still/renderStill';

afterAll(() => {
  setLocale({ lang: 'en', calendar: null, messages: EN });
  setLabelNames([]);
});

test('renderStill in Malay: Malay country names, headline and date, from data/i18n/ms.json', async () => {
  const { data } = await readAndValidate(path.resolve('data'));
  const labels = await readAndValidateLabels(path.resolve('data'));
  const json = JSON.parse(readFileSync('data/i18n/ms.json', 'utf8'));
  const translation = readTranslation('data/i18n/ms.json', json, data, labels, () => undefined)!;
  setLocale({ lang: 'ms', calendar: null, messages: { ...EN, ...translation.ui } });
  const local = localiseStory(data, labels, translation);
  setLabelNames(local.labels);
  const basemap = basemapGeoJSON(JSON.parse(readFileSync('public/basemap/world.topo.json', 'utf8')));
  const svg = renderStill({ data: local.data, basemap, date: '2025-10-28', deal: 'us-japan', width: 1200, height: 800 });
  expect(svg).toContain(json.story['story.headline'].text);
  expect(svg).toContain('28 Oktober 2025');
  expect(svg).toContain('>Jepun<');
  expect(svg).not.toContain('>Japan<');
});
