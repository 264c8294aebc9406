import './styles/app.css';
import './styles/embed.css';
import './styles/a11y.css';
import './styles/fit.css';
import './styles/themes.css';
import './styles/langFonts.css';
import { ASSET_URLS } from './data/assetUrls';
import { loadStoryData } from './data/load';
import { loadBasemap } from './basemap/loadBasemap';
import { mountStoryMap, preloadSvgMap } from './renderer/storyMap';
import { takeFirstView } from './renderer/firstView';
import { yieldToPage } from './dom/yieldToPage';
import { firstPaintShown } from './dom/paintShown';
import type { BasemapGeoJSON } from './basemap/basemap';
import { createViewStore, type ViewState } from './state/store';
import { mountTheme } from './theme/themeController';
import { parseLanguage, parseUrl } from './state/urlCodec';
import labelData from '../data/labels.json';
import type { CountryLabel } from './data/types';
import { fetchTranslation, readTranslation } from './i18n/loadTranslation';
import { I18N_URLS } from './i18n/i18nUrls';
import { setLocale, t } from './i18n/locale';
import { localiseStory } from './i18n/localise';
import { setLabelNames } from './i18n/labelNames';
import { EN } from './i18n/en';
import { urlSync } from './state/urlSync';
import { selectEvent, setHover } from './state/actions';
import { storyModel } from './state/storyModel';
import { viewDeriver, type View } from './state/deriveView';
import { storyTimeScale } from './time/storyTimeScale';
import { OverlayHost } from './overlay/overlayHost';
import { adaptiveFlowsLayer } from './overlay/flows/adaptiveFlowsLayer';
import { MAPLIBRE_FLOWS_THRESHOLD } from './overlay/flows/flowsRenderer';
import type { Activation } from './overlay/svgButton';
import { productionLayer } from './overlay/productionLayer';
import { eventsLayer } from './overlay/eventsLayer';
import { labelsLayer } from './overlay/labelsLayer';
import { cameraController } from './camera/cameraController';
import { createLayout } from './ui/page/layout';
import { factsLine } from './ui/panels/factsLine';
import { mountTimeline } from './ui/controls/timeline';
import { mountCard } from './ui/panels/card';
import { mountLegend } from './ui/panels/legend';
import { mountCallout } from './ui/panels/callout';
import { mountTooltip } from './ui/panels/tooltip';
import { mountPlayer } from './ui/controls/player';
import { mountTableToggle } from './ui/panels/tableToggle';
import { mountLiveText } from './ui/panels/liveText';
import { showFatal } from './ui/page/fatal';
import { showNotice } from './ui/page/notice';
import { NO_BASEMAP, basemapFailureText } from './basemap/noBasemap';
import { mountEmbedButton } from './ui/share/embedButton';
import { mountEmbed } from './embed/mountEmbed';
import { trackHostChanges } from './embed/hostChanges';
import { gestureHints, wantsCooperativeGestures } from './embed/gestureHints';
import { downloadButtons } from './ui/share/downloadButtons';
import { mountPrintStill } from './ui/share/printStill';
import './styles/print.css';
import { shallow } from 'zustand/shallow';
import { titleIn } from './i18n/titleIn';

const root = document.getElementById('app')!;
const base = document.baseURI;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Every mount returns its unmount: kept here, so the page can be taken down whole (Vite's
 * hot reload in development; a host that removes the frame needs nothing, the page goes).
 */
const teardown: (() => void)[] = [];
function own(stop: () => void): void {
  teardown.push(stop);
}
import.meta.hot?.dispose(() => {
  for (const stop of teardown.splice(0).reverse()) stop();
});

/** "Try again" and "Retry": reload the page, once the address holds the current view. */
let reload = () => location.reload();

async function start(): Promise<void> {
  document.documentElement.dataset.state = 'loading';
  const svgMapLoaded = preloadSvgMap();
  // Whether this document is being rendered at all: a frame off screen in a host page gets no
  // animation frames (and so no first paint) until the reader scrolls to it.
  const rendering = new Promise<boolean>((resolve) => {
    requestAnimationFrame(() => resolve(true));
    setTimeout(() => resolve(false), 500);
  });

  // 1. Load the story and the basemap in parallel, both from our own origin. The page's
  //    frame is built as soon as the story arrives, without waiting for the basemap. Without
  //    the basemap the story is still told, on a plain sea, with a notice and a retry.
  let basemapError: unknown = null;
  const basemap = loadBasemap(base, undefined, undefined, ASSET_URLS.basemap).catch((error: unknown) => {
    basemapError = error;
    return NO_BASEMAP;
  });
  // The page's language (`lang=`), whose translation comes beside the story; without it
  // (unknown language, file missing) the page is English, with a warning.
  const language = parseLanguage(location.search);
  for (const w of language.warnings) console.warn(`[critical-minerals-map] ${w}`);
  const translationFile = fetchTranslation(base, language.lang, I18N_URLS).catch((error: unknown) => {
    console.warn(`[critical-minerals-map] lang ${JSON.stringify(language.lang)}: the translation could not be loaded (${String(error)}); showing English.`);
    return null;
  });
  const english = await loadStoryData(base, { urls: ASSET_URLS.data });
  const labels = labelData.labels as CountryLabel[];
  const warn = (m: string) => console.warn(`[critical-minerals-map] ${m}`);
  const translation = readTranslation(`data/i18n/${language.lang}.json`, await translationFile, english, labels, warn);
  const lang = translation ? language.lang : 'en';
  setLocale({ lang, calendar: language.calendar, messages: translation ? { ...EN, ...translation.ui } : EN });
  document.documentElement.lang = lang;
  const localised = localiseStory(english, labels, translation);
  setLabelNames(localised.labels);
  const data = localised.data;
  // The basemap as GeoJSON once, when first needed: by MapLibre (as the map comes near the
  // viewport) or the still images (downloads, print). The SVG preview draws without it, from
  // the first view's paths. Its decoder (topojson-client) is a chunk of its own.
  let decoded: Promise<BasemapGeoJSON> | null = null;
  const basemapGeo = () => (decoded ??= Promise.all([basemap, import('./basemap/basemap')]).then(([topology, m]) => m.basemapGeoJSON(topology)));
  const still = { data, basemap: basemapGeo };
  const { events, story, production } = data;
  // The page's title and description are the story's headline and dek (built so), in its language.
  if (lang !== 'en') {
    document.title = story.headline;
    document.querySelector('meta[name="description"]')?.setAttribute('content', story.dek);
  }
  // Each step below is a task of its own: the page answers the reader (and paints) between them.
  await yieldToPage();

  // 2. The story's marks and scales, once; and the one derivation from view state to what is drawn.
  const model = storyModel(data);
  const view = viewDeriver(model);
  const { partyName } = model;

  // 3. Read the URL: bad values fall back to the defaults, with a warning in the console.
  const scale = storyTimeScale(events.map((e) => e.date));
  const { state: url, warnings } = parseUrl(location.search, { ids: new Set(events.map((e) => e.id)), start: scale.start, end: scale.end });
  for (const w of warnings) console.warn(`[critical-minerals-map] ${w}`);
  // The theme, as the head step already painted it (src/build/headStep.ts); `auto` follows
  // prefers-color-scheme, which in a frame is the <iframe> element's color-scheme.
  const theme = mountTheme(document, { choice: url.theme, transparent: url.transparent, prefersDark: matchMedia('(prefers-color-scheme: dark)') });
  own(() => theme.destroy());
  // Downloads in the theme on screen (print stays light: src/ui/share/printStill.ts).
  const themedStill = { ...still, theme: () => theme.theme() };

  // 4. The store: inputs only. A deal in the URL is selected as a reader would select it.
  const store = createViewStore({ date: url.date ?? story.defaultDate, selectedId: null, hoverId: null, playing: false });
  const selected = url.deal ? events.find((e) => e.id === url.deal) : undefined;
  if (selected) {
    const asked = store.getState().date;
    selectEvent(store, selected);
    if (store.getState().date !== asked) console.warn(`[critical-minerals-map] deal "${selected.id}" was signed after ${asked}; showing ${selected.date}.`);
  }
  const current = (s: ViewState) => view(s).current;
  // The address bar follows the view (once it rests); a reload writes it first, keeping the reader's place.
  const address = urlSync(store, location, history);
  own(address.stop);
  reload = () => {
    address.flush();
    location.reload();
  };

  // 5. The page frame with the map's box reserved in CSS, and everything around the map:
  //    its final height is known now, before the map draws, so an embed reports it at once
  //    (a frame below the fold gets no animation frames until the reader scrolls to it).
  //    The first view that the HTML carries (src/build/firstViewPlugin.ts) stood in the same
  //    places; its map picture moves into the new map box until the live map has drawn. The
  //    first paint must be on screen first: a DOM change before it would make the browser
  //    raster it again (on a software GL, seconds), and the SVG map's code must be here, so
  //    that it draws in the same task as the layout (no frame without a basemap). A frame off
  //    screen paints nothing, yet must lay out and report its height: it does not wait.
  await Promise.all([rendering.then((yes) => (yes ? firstPaintShown(10_000) : undefined)), svgMapLoaded]);
  const firstView = takeFirstView(document, url.embed);
  const layout = createLayout(root, story, { showTitle: url.title, embed: url.embed });
  // In a frame, which changes the host page made (its `set` messages): not announced, not
  // reported back to it, and jumping rather than flying when it asks (src/embed/hostChanges.ts).
  const hostChanges = url.embed ? trackHostChanges(store) : null;
  if (hostChanges) own(hostChanges.stop);
  firstView?.placeIn(layout.map);

  // 6. The map, in the same task as the frame. The SVG map paints the first frame, and MapLibre
  //    takes over once it has drawn the same view (step 9). Without WebGL2 (or if its context is
  //    lost for good) the SVG map stays. The SVG preview draws from the first view's paths,
  //    without waiting for the basemap: the picture's basemap can go before the next frame.
  const highlight = data.parties.map((p) => p.iso).filter((iso): iso is string => iso !== null);
  const map = await mountStoryMap(layout.map, {
    basemap: basemapGeo,
    firstView: firstView?.paths ?? null,
    highlight,
    // In an article or on a touch screen a plain wheel or one finger scrolls the page, not the map.
    cooperativeGestures: wantsCooperativeGestures(url.embed, matchMedia('(pointer: coarse)').matches),
    locale: gestureHints(),
    // The SVG first paint draws the flows as SVG lines: for a large set, which MapLibre draws
    // in a line layer, it would cost more than it saves, so MapLibre paints first there.
    preview: model.flows.length <= MAPLIBRE_FLOWS_THRESHOLD,
    theme: theme.theme(),
  });
  // A new theme (the host's `set`, the system under `auto`) restyles the map in place; the
  // overlays and the page follow their CSS custom properties.
  own(theme.onChange((t) => map.setTheme(t)));
  if (map.renderer() === 'svg') firstView?.dropBasemap();
  void basemap.then(() => {
    if (!basemapError) return;
    console.warn(basemapError);
    showNotice(layout.mapWrap, basemapFailureText(basemapError), () => reload());
  });

  // 5, continued: everything around the map, still in this task (a frame between would show
  // the credits under an empty timeline, then move them).
  // The credits say when the facts were checked and link the data, on the page and in the embed.
  layout.footerLinks.before(factsLine(story.checked, ASSET_URLS.csv));
  if (url.controls || !url.embed) own(mountTimeline(layout.timeline, store, { events, scale, current, ...(url.embed ? { dateParent: layout.mapWrap } : {}) }));
  const card = mountCard(layout.card, store, { current, partyName, compact: url.embed });
  own(card.destroy);
  own(mountLegend(layout.legend, production, { collapsed: url.embed, radius: model.productionRadius, words: story.legend }));
  own(mountCallout(layout.callout, story.callout, { collapsed: url.embed }));
  // The deal layer, once the map is there, says where each marker is for the tooltip.
  let markerBox: (id: string) => DOMRect | null = () => null;
  own(mountTooltip(layout.mapWrap, store, { flows: model.flows, anchor: (id) => markerBox(id) }));
  own(mountPlayer(store, { events, scale }));
  // In an embed the table's button sits on the credits line, beside "View the full map".
  own(
    mountTableToggle(
      url.embed ? layout.footer : layout.extras,
      store,
      { events, production, partyName, checked: story.checked, csv: ASSET_URLS.csv },
      { withTable: !url.embed },
    ),
  );
  // What the map shows, in words (#map-summary), and each event once as the story reaches it.
  own(
    mountLiveText(layout.announcer, layout.summary, store, {
      view,
      slider: () => document.getElementById('timeline'),
      quiet: () => hostChanges?.lastByHost() ?? false,
    }),
  );
  if (!url.embed)
    own(
      mountEmbedButton(layout.extras, store, {
        title: t('page.iframeTitle', { headline: story.headline }),
        still: themedStill,
        theme,
        titleIn: (l) => titleIn(base, l, english.story.headline),
      }),
    );
  // The current view as PNG or SVG, and as a still image when the page is printed (WebGL does not print).
  if (!url.embed) layout.extras.append(downloadButtons(store, themedStill, 'download'));
  if (!url.embed) own(mountPrintStill(layout.mapWrap, store, still));
  // In a frame: full-map link, height reports to the host page (not with fit=1), the host's `set` messages and the events sent to it.
  if (hostChanges) {
    const ids = new Set(events.map((e) => e.id));
    own(mountEmbed(layout, store, { events, controls: url.controls, fit: url.fit, changes: hostChanges, ids, start: scale.start, end: scale.end, theme }));
  }

  await yieldToPage();

  // 7. The D3 overlays over the map: production circles, China's events, the US deal flows.
  //    Each takes its slice of the derived view and redraws only when that slice changes.
  const select = (id: string, via: Activation) => {
    const event = events.find((e) => e.id === id);
    if (!event) return;
    selectEvent(store, event);
    // A keyboard selection takes focus to the card, so a screen reader reads what opened.
    if (via === 'keyboard') card.focusTitle();
  };
  const host = new OverlayHost(map.source, t('page.overlay'));
  own(() => host.destroy());
  // The country names first, under every mark; a name a partner marker writes is hidden.
  const countryNames = host.add(labelsLayer(highlight));
  const drawNames = (hidden: readonly string[]) => countryNames.update({ hidden });
  drawNames(view(store.getState()).hiddenLabels);
  own(store.subscribe((s) => view(s).hiddenLabels, drawNames));
  host.add(productionLayer()).update(model.production);
  const eventsMarks = host.add(eventsLayer(select));
  // SVG lines for the story's few flows, a MapLibre line layer for many; chosen again if the map changes renderer.
  const forcedColors = matchMedia('(forced-colors: active)');
  const flowMarks = adaptiveFlowsLayer(
    { onSelect: select, onHover: (id) => setHover(store, id) },
    { flows: model.flows, maplibre: () => map.maplibre(), forcedColors: () => forcedColors.matches },
  );
  host.add(flowMarks);
  markerBox = (id) => flowMarks.anchor(id);
  const flowsSlice = (s: ViewState) => {
    const v = view(s);
    return [v.flows, v.activeId] as const;
  };
  const eventsSlice = (s: ViewState) => {
    const v = view(s);
    return [v.eventMarks, v.activeId] as const;
  };
  const drawFlows = ([flows, activeId]: readonly [View['flows'], string | null]) => flowMarks.update({ flows, activeId, origin: model.origin });
  const drawEvents = ([marks, activeId]: readonly [View['eventMarks'], string | null]) => eventsMarks.update({ marks, activeId });
  drawFlows(flowsSlice(store.getState()));
  drawEvents(eventsSlice(store.getState()));
  own(store.subscribe(flowsSlice, drawFlows, { equalityFn: shallow }));
  own(store.subscribe(eventsSlice, drawEvents, { equalityFn: shallow }));
  own(map.onMoveStart(() => setHover(store, null)));
  await yieldToPage();

  // 8. Subscribers that follow the view: the camera and the address bar.
  // The camera jumps under the reader's reduced-motion setting, and for a host change that asks to.
  const jump = () => reducedMotion() || (hostChanges?.jump() ?? false);
  own(cameraController(map, store, { current, flows: model.flows, reducedMotion: jump, minZoom: map.getMinZoom() }));
  // The story is on screen, flows and all (the bench's "first frame with flows" is the frame after this).
  performance.mark('story-drawn');
  // The live map and overlays show what the first view's picture showed: it can go.
  firstView?.remove();

  // 9. MapLibre takes over from the SVG first paint, with the same pixels.
  await map.handOver();
  // `npm run bench` builds with VITE_BENCH_HOOK=1 to script the camera; other builds drop this line.
  if (import.meta.env.VITE_BENCH_HOOK) Object.assign(window, { __map: map.maplibre() });
  document.documentElement.dataset.state = 'ready';
}

start().catch((error: unknown) => {
  console.error(error);
  showFatal(root, error, () => reload());
});
