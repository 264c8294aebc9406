import './styles/app.css';
import './styles/embed.css';
import './styles/a11y.css';
import type { StoryData } from './data/types';
import { ASSET_URLS } from './data/assetUrls';
import { loadStoryData } from './data/load';
import { loadBasemap } from './map/loadBasemap';
import { mountStoryMap } from './fallback/storyMap';
import { basemapGeoJSON } from './map/basemap';
import { createViewStore } from './state/store';
import { parseUrl } from './state/urlCodec';
import { urlSync } from './state/urlSync';
import { dealsInForce, currentEvent, chinaControls, contextEventsUpTo } from './state/selectors';
import { selectEvent, setHover } from './state/actions';
import { storyTimeScale } from './time/storyTimeScale';
import { OverlayHost } from './map/overlayHost';
import { prepareFlows } from './map/prepareFlows';
import { flowsLayer } from './map/flowsLayer';
import { canvasFlowsLayer } from './map/canvasFlowsLayer';
import { chooseFlowsRenderer } from './map/canvasFlows';
import { productionLayer } from './map/productionLayer';
import { eventsLayer } from './map/eventsLayer';
import { prepareEventMark, prepareProduction } from './map/pointMarks';
import { cameraController } from './map/cameraController';
import { labelController } from './map/labelController';
import { toWorld } from './geo/mercator';
import { createLayout } from './ui/layout';
import { factsLine } from './ui/factsLine';
import { mountTimeline } from './ui/timeline';
import { mountCard } from './ui/card';
import { mountLegend } from './ui/legend';
import { mountCallout } from './ui/callout';
import { mountTooltip } from './ui/tooltip';
import { mountPlayer } from './ui/player';
import { mountTableToggle } from './ui/tableToggle';
import { mountLiveText } from './ui/liveText';
import { focusCardOnSelect } from './ui/focusCardOnSelect';
import { showFatal } from './ui/fatal';
import { showNotice } from './ui/notice';
import { NO_BASEMAP, basemapFailureText } from './map/noBasemap';
import { prewarmMapLibre } from './map/prewarm';
import { mountEmbedButton } from './ui/embedButton';
import { mountEmbed } from './ui/mountEmbed';
import { gestureHints, wantsCooperativeGestures } from './embed/gestureHints';
import { downloadButtons } from './ui/downloadButtons';
import { mountPrintStill } from './ui/printStill';
import './styles/print.css';

const root = document.getElementById('app')!;
const base = document.baseURI;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

async function start(): Promise<void> {
  document.documentElement.dataset.state = 'loading';
  prewarmMapLibre();

  // 1. Load the story and the basemap in parallel, both from our own origin. The page's
  //    frame is built as soon as the story arrives, without waiting for the basemap. Without
  //    the basemap the story is still told, on a plain sea, with a notice and a retry.
  let basemapError: unknown = null;
  const basemap = loadBasemap(base, undefined, undefined, ASSET_URLS.basemap).catch((error: unknown) => {
    basemapError = error;
    return NO_BASEMAP;
  });
  const data = await loadStoryData(base, { urls: ASSET_URLS.data });
  // The basemap as GeoJSON once, for the map and for the still images (downloads, print).
  const basemapGeo = basemap.then(basemapGeoJSON);
  const still = { data, basemap: () => basemapGeo };
  const { events, story, production } = data;
  const partyName = partyNames(data);

  // 2. Read the URL: bad values fall back to the defaults, with a warning in the console.
  const scale = storyTimeScale(events.map((e) => e.date));
  const { state: url, warnings } = parseUrl(location.search, { ids: new Set(events.map((e) => e.id)), start: scale.start, end: scale.end });
  for (const w of warnings) console.warn(`[critical-minerals-map] ${w}`);
  const selected = url.deal ? events.find((e) => e.id === url.deal) ?? null : null;
  let date = url.date ?? story.defaultDate;
  if (selected && selected.date > date) {
    console.warn(`[critical-minerals-map] deal "${selected.id}" was signed after ${date}; showing ${selected.date}.`);
    date = selected.date;
  }

  // 3. The store: inputs only.
  const store = createViewStore({ date, selectedId: selected?.id ?? null, hoverId: null, playing: false });

  // 4. The page frame with the map's box reserved in CSS, and everything around the map:
  //    its final height is known now, before the map draws, so an embed reports it at once
  //    (a frame below the fold gets no animation frames until the reader scrolls to it).
  const layout = createLayout(root, story, { showTitle: url.title, embed: url.embed });
  // The credits say when the facts were checked and link the data, on the page and in the embed.
  layout.footerLinks.before(factsLine(story.checked, ASSET_URLS.csv));
  const flows = prepareFlows(events.filter((e) => e.deal), partyName);
  if (url.controls || !url.embed) mountTimeline(layout.timeline, store, { events, scale, ...(url.embed ? { dateParent: layout.mapWrap } : {}) });
  mountCard(layout.card, store, { events, partyName, compact: url.embed });
  mountLegend(layout.legend, production, { collapsed: url.embed });
  mountCallout(layout.callout, story.callout, { collapsed: url.embed });
  mountTooltip(layout.mapWrap, store, flows);
  mountPlayer(store, { events, scale });
  // In an embed the table's button sits on the credits line, beside "View the full map".
  mountTableToggle(url.embed ? layout.footer : layout.extras, store, { events, production, partyName, checked: story.checked, csv: ASSET_URLS.csv }, { withTable: !url.embed });
  // What the map shows, in words (#map-summary), and each event once as the story reaches it.
  mountLiveText(layout.announcer, layout.summary, store, { events, partyName, slider: () => document.getElementById('timeline') });
  focusCardOnSelect(layout.map, layout.card);
  if (!url.embed) mountEmbedButton(layout.extras, store, { title: `Map: ${story.headline}`, still });
  // The current view as PNG or SVG, and as a still image when the page is printed (WebGL does not print).
  if (!url.embed) layout.extras.append(downloadButtons(store, still, 'download'));
  if (!url.embed) mountPrintStill(layout.mapWrap, store, still);
  // In a frame: full-map link, height reports to the host page, and the host's `set` messages.
  if (url.embed) mountEmbed(layout, store, { events, controls: url.controls, ids: new Set(events.map((e) => e.id)), start: scale.start, end: scale.end });

  // 5. The map. MapLibre when WebGL2 works; else (or if its context is lost for good) the SVG map, loaded on demand.
  const highlight = data.parties.map((p) => p.iso).filter((iso): iso is string => iso !== null);
  const map = await mountStoryMap(layout.map, { basemap: await basemapGeo, highlight,
    // In an article or on a touch screen a plain wheel or one finger scrolls the page, not the map.
    cooperativeGestures: wantsCooperativeGestures(url.embed, matchMedia('(pointer: coarse)').matches), locale: gestureHints });
  // `npm run bench` builds with VITE_BENCH_HOOK=1 to script the camera; other builds drop this line.
  if (import.meta.env.VITE_BENCH_HOOK) Object.assign(window, { __map: map.maplibre() });
  if (basemapError) {
    console.warn(basemapError);
    showNotice(layout.mapWrap, basemapFailureText(basemapError), () => location.reload());
  }

  // 6. The D3 overlays over the map: production circles, China's events, the US deal flows.
  const origin = events.find((e) => e.deal)?.deal?.origin;
  const host = new OverlayHost(map.source, 'US critical-minerals deals and China’s export controls');
  host.add(productionLayer()).update(prepareProduction(production));
  const eventMarks = host.add(eventsLayer((id) => selectEvent(store, events.find((e) => e.id === id)!)));
  // SVG for the story's few flows; canvas lines (SVG markers) above CANVAS_FLOWS_THRESHOLD.
  const flowsRenderer = chooseFlowsRenderer(flows.length, { forcedColors: matchMedia('(forced-colors: active)').matches });
  const flowMarks = host.add((flowsRenderer === 'canvas' ? canvasFlowsLayer : flowsLayer)({
    onSelect: (id) => selectEvent(store, events.find((e) => e.id === id)!),
    onHover: (id) => setHover(store, id),
  }));
  const originMark = origin ? { name: 'Washington', world: toWorld([origin.lon, origin.lat]) } : null;
  const renderOverlays = () => {
    const s = store.getState();
    const activeId = s.hoverId ?? currentEvent(events, s)?.id ?? null;
    const inForce = new Set(dealsInForce(events, s.date).map((e) => e.id));
    flowMarks.update({ flows: flows.filter((f) => inForce.has(f.id)), activeId, origin: originMark });
    const controls = chinaControls(events, s.date);
    const context = contextEventsUpTo(events, s.date).filter((e) => e.kind !== 'export-control' && e.kind !== 'suspension');
    eventMarks.update({ marks: [...(controls ? [controls] : []), ...context].map(prepareEventMark), activeId });
  };
  renderOverlays();
  store.subscribe(renderOverlays);
  map.onMoveStart(() => setHover(store, null));

  // 7. Subscribers that follow the view: the camera and the address bar.
  cameraController(map, store, { events, flows, reducedMotion, minZoom: map.getMinZoom() });
  labelController(map, store, events, data.parties);
  urlSync(store, location, history);

  document.documentElement.dataset.state = 'ready';
}

function partyNames(data: StoryData): (id: string) => string {
  const names = new Map(data.parties.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? id;
}

start().catch((error: unknown) => {
  console.error(error);
  showFatal(root, error, () => location.reload());
});
