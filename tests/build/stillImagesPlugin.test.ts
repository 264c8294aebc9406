// Builds the site into a temporary folder, as `SITE_URL=https://example.org/map/ vite build`
// would, and reads what a link-preview crawler and a CMS's oEmbed lookup read: index.html's
// tags, the PNGs and oembed.json; and the other files the build writes beside them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, createLogger } from 'vite';

const root = path.resolve(__dirname, '../..');
let outDir = '';
let html = '';
const infos: string[] = [];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function metaContent(property: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
}

async function buildSite(siteUrl: string | undefined, dir: string): Promise<void> {
  const saved = process.env.SITE_URL;
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  const logger = createLogger('info');
  logger.info = (msg) => void infos.push(msg);
  try {
    await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'info', customLogger: logger, build: { outDir: dir, emptyOutDir: true } });
  } finally {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  }
}

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'critical-minerals-build-'));
  await buildSite('https://example.org/map/', outDir);
  html = await readFile(path.join(outDir, 'index.html'), 'utf8');
}, 180_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('vite build with SITE_URL=https://example.org/map/', () => {
  it('writes the Open Graph and Twitter tags from data/story.json', async () => {
    const story = JSON.parse(await readFile(path.join(root, 'data/story.json'), 'utf8')) as { headline: string; dek: string };
    const decode = (s: string | undefined) =>
      s
        ?.replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    expect(decode(metaContent('og:title'))).toBe(story.headline);
    expect(decode(metaContent('og:description'))).toBe(story.dek);
    expect(metaContent('twitter:card')).toBe('summary_large_image');
    expect(metaContent('og:image:alt')).toMatch(/^Map: /);
  });

  it('gives og:image, og:url and the canonical link as absolute URLs under SITE_URL', () => {
    expect(metaContent('og:image')).toBe('https://example.org/map/social.png');
    expect(metaContent('og:url')).toBe('https://example.org/map/');
    expect(html).toContain('<link rel="canonical" href="https://example.org/map/">');
  });

  it('emits social.png at the size og:image:width and og:image:height state', async () => {
    const size = pngSize(await readFile(path.join(outDir, 'social.png')));
    expect(size).toEqual({ width: Number(metaContent('og:image:width')), height: Number(metaContent('og:image:height')) });
    expect(size).toEqual({ width: 1200, height: 630 });
  });

  it('emits embed-fallback.png 640 px wide', async () => {
    expect(pngSize(await readFile(path.join(outDir, 'embed-fallback.png'))).width).toBe(640);
  });

  it('emits embed-fallback-dark.png at the same size, a different picture (the dark theme)', async () => {
    const [light, dark] = await Promise.all(['embed-fallback.png', 'embed-fallback-dark.png'].map((f) => readFile(path.join(outDir, f))));
    expect(pngSize(dark!)).toEqual(pngSize(light!));
    expect(dark!.equals(light!)).toBe(false);
  });
});

describe('the same build for newsrooms', () => {
  it('writes oembed.json and links it from index.html for discovery', async () => {
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+">/.exec(html);
    expect(link?.[1]).toBe('https://example.org/map/oembed.json');
    const response = JSON.parse(await readFile(path.join(outDir, 'oembed.json'), 'utf8')) as Record<string, unknown>;
    expect(response).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 703, thumbnail_url: 'https://example.org/map/embed-fallback.png' });
    expect(response.html).toMatch(
      /^<iframe src="https:\/\/example\.org\/map\/\?embed=1&amp;fit=1" width="640" height="703" title="Map: [^"]+" frameborder="0"><\/iframe>$/,
    );
    // The thumbnail is there, at the size the response states.
    expect(pngSize(await readFile(path.join(outDir, 'embed-fallback.png')))).toEqual({ width: response.thumbnail_width, height: response.thumbnail_height });
  });

  it('writes scrolly.html with one step per event of the story', async () => {
    const events = (JSON.parse(await readFile(path.join(root, 'data/events.json'), 'utf8')) as { events: { id: string }[] }).events;
    const page = await readFile(path.join(outDir, 'scrolly.html'), 'utf8');
    const steps = [...page.matchAll(/data-map-step="([^"]+)"/g)].map((m) => m[1]);
    expect(steps.sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('publishes the loader twice: embed.js as it is in public/, and the same bytes under a hashed name', async () => {
    const plain = await readFile(path.join(outDir, 'embed.js'));
    expect(plain.equals(await readFile(path.join(root, 'public/embed.js')))).toBe(true);
    const { readdir } = await import('node:fs/promises');
    const pinned = (await readdir(path.join(outDir, 'assets'))).filter((f) => /^embed\.[0-9a-f]{10}\.js$/.test(f));
    expect(pinned).toHaveLength(1);
    expect((await readFile(path.join(outDir, 'assets', pinned[0]!))).equals(plain)).toBe(true);
  });
});

describe('vite build without SITE_URL', () => {
  it('leaves out the tags that need an absolute URL and says so in one line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'critical-minerals-build-'));
    try {
      infos.length = 0;
      await buildSite(undefined, dir);
      const plain = await readFile(path.join(dir, 'index.html'), 'utf8');
      expect(plain).toContain('property="og:title"');
      expect(plain).not.toMatch(/og:image"|og:url|rel="canonical"|json\+oembed/);
      await expect(readFile(path.join(dir, 'oembed.json'))).rejects.toThrow(/ENOENT/);
      expect(infos.filter((m) => m.includes('SITE_URL'))).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
