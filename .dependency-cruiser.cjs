// Layer rules for src/. The folders name jobs; these rules keep the pure ones pure, and keep
// what runs at build (src/build/, Node) apart from what runs in the browser (everything else).
// Folder-level cycles (ui/panels ↔ ui/share, …), type-only imports included, are checked by
// tests/tooling/folderCycles.test.ts: dependency-cruiser sees cycles between files only.

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
        'geo/, time/ and data/ are data in, values out: no DOM widgets, no map, no D3 selections.',
      from: { path: '^src/(geo|time|data)/' },
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
      name: 'runtime-imports-no-build-code',
      severity: 'error',
      comment:
        'src/build/ runs in Node at build time (Vite plugins, the basemap cut, the CSV writer, the still images, the font subsets) and may use the page\'s pure modules; the page never imports it, type imports included.',
      from: { path: '^src/', pathNot: '^src/build/' },
      to: { path: '^src/build/' },
    },
    {
      name: 'build-code-only-from-build-folder',
      severity: 'error',
      comment: 'Node built-ins (fs, path, crypto…) are build code: they belong in src/build/, not among the modules the page ships.',
      from: { path: '^src/', pathNot: ['^src/build/', '^src/types/'] },
      to: { dependencyTypes: ['core'] },
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
      comment: 'The page ships what src/ imports; a devDependency there is missing from a production install. Build code (src/build/) runs in Node and may use them.',
      from: { path: '^src/', pathNot: ['^src/build/', '^src/types/'] },
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
