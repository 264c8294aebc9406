// The page's "Download image": loaded on the first click (a dynamic import), with the still
// renderer. Everything stays on the page's own origin and inside the strict CSP: the fonts
// are fetched from ./fonts/ and embedded in the SVG as data: URLs, the SVG becomes a blob:
// URL for an <img> (img-src allows blob:), the <img> is drawn on a canvas at 2×, and the
// file is handed over through a blob: link with `download`.
import { renderStill } from './renderStill';
import { stillFileName } from './stillFileName';
import type { StillSource } from './stillSource';

/** The SVG's size in CSS pixels; the PNG is twice that (1,600 px wide). */
export const DOWNLOAD_SIZE = { width: 800, height: 600, pngScale: 2 } as const;

const FONT_FILES = { regular: 'fonts/source-sans-3-400.woff2', bold: 'fonts/source-sans-3-700.woff2' } as const;

/** The view as a standalone SVG string, fonts embedded. */
export async function stillSvg(source: StillSource, view: { date: string; deal: string | null }, base = document.baseURI): Promise<string> {
  const [basemap, regular, bold] = await Promise.all([source.basemap(), fontBase64(FONT_FILES.regular, base), fontBase64(FONT_FILES.bold, base)]);
  return renderStill({ data: source.data, basemap, ...view, ...DOWNLOAD_SIZE, fonts: { regular, bold }, theme: source.theme?.() ?? 'light' });
}

/** Downloads the view as `critical-minerals-map-<date>[-<deal>].<format>`. */
export async function downloadStill(source: StillSource, view: { date: string; deal: string | null }, format: 'png' | 'svg'): Promise<void> {
  const svg = await stillSvg(source, view);
  const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
  const blob = format === 'svg' ? svgBlob : await rasterize(svgBlob, DOWNLOAD_SIZE.width, DOWNLOAD_SIZE.height, DOWNLOAD_SIZE.pngScale);
  saveBlob(blob, stillFileName(view.date, view.deal, format));
}

async function rasterize(svg: Blob, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(svg);
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas in this browser');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file by the next task; a minute leaves room for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function fontBase64(path: string, base: string): Promise<string> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
