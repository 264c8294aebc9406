import type { Page } from 'playwright-core';

/**
 * The colour a user sees at (x, y) in the viewport, read from a real screenshot (so it
 * includes WebGL canvases, which cannot be read back without preserveDrawingBuffer).
 * The PNG is decoded by the browser itself, so no image library is needed.
 */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number, number]> {
  const png = (await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).toString('base64');
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a!] as [number, number, number, number];
  }, png);
}
