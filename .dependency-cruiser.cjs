// Layer rules for src/ (issue 12). The folders name jobs; these rules keep the pure ones pure.
// Folder-level cycles (ui ↔ embed, …) are checked by tests/tooling/folderCycles.test.ts,
// which leaves out the Vite plugins' imports: build code wired by vite.config.ts, as main.ts
// wires the page (data/vitePlugin.ts → csv/ while csv/ reads data/types.ts).

// Code that draws: DOM widgets, the map and its overlays. The pure layers import none of it.
// marks/ turns data into scaled marks (no DOM), so state/ (deriveView) may use it; map/ and
// fallback/ are the folders before the split, kept so an old path cannot sneak back.
const VIEWS = 'ui|embed|dom|renderer|overlay|camera|basemap|still|map|fallback';
const drawingFolders = `^src/(${VIEWS}|marks)/`;
const viewFolders = `^src/(${VIEWS})/`;
const drawingPackages = '^node_modules/(maplibre-gl|d3-selection|d3-zoom)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file cycle means neither file can be read, tested or moved alone. Move the shared part to the lower module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-layers-draw-nothing',
      severity: 'error',
      comment:
        'geo/, time/, data/ and csv/ are data in, values out: no DOM widgets, no map, no D3 selections. data/vitePlugin.ts is Node build code and exempt.',
      from: { path: '^src/(geo|time|data|csv)/', pathNot: '^src/data/vitePlugin\\.ts$' },
      to: { path: [drawingFolders, drawingPackages] },
    },
    {
      name: 'state-knows-no-views',
      severity: 'error',
      comment: 'state/ (store, selectors, deriveView) holds inputs and derives values, marks included; views subscribe to it, never the reverse.',
      from: { path: '^src/state/' },
      to: { path: [viewFolders, drawingPackages] },
    },
    {
      name: 'marks-draw-nothing',
      severity: 'error',
      comment: 'marks/ prepares values for the renderers (Observable Plot: data → scaled marks); it never sees the DOM or the map.',
      from: { path: '^src/marks/' },
      to: { path: [viewFolders, drawingPackages] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that resolves to nothing is a typo or a missing dependency. The type-only @types packages (geojson, topojson-specification) have no runtime file; tsc checks those.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(geojson|topojson-specification)$' },
    },
    {
      name: 'no-dev-deps-in-src',
      severity: 'error',
      comment: 'The page ships what src/ imports; a devDependency there is missing from a production install. Build plugins run in Node and may use them.',
      from: { path: '^src/', pathNot: ['^src/(data|still)/vitePlugin\\.ts$', '^src/basemap/precut\\.ts$', '^src/types/'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
