import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export interface LaunchOptions {
  /** Render WebGL in software (SwiftShader), as MapLibre needs. `false` turns WebGL off entirely. */
  webgl?: boolean;
  extraArgs?: string[];
}

// Quiet, hermetic Chromium: this machine has no network but loopback, so every background
// connection Chromium would try (updates, sync, safe browsing) is switched off rather than
// left to fail and retry during the tests. /dev/shm is tiny in containers.
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Page content (HTML, SVG, 2D canvas) is rastered on the CPU's raster threads, as Chromium
  // does on any device whose GPU it does not trust. Debian's Chromium otherwise forces GPU
  // raster, which here means SwiftShader emulating a GPU on the CPU: the inline SVG of the
  // first view then took seconds to raster, and the main thread waited for it (a 5.5 s task
  // in a trace at 4× CPU slowdown) — a cost no real phone has. WebGL (MapLibre) still runs on
  // SwiftShader (WEBGL_ARGS). About 40% off the browser tests' time here.
  '--disable-gpu-rasterization',
];

// No GPU here: ANGLE on SwiftShader's Vulkan gives a real (slow) WebGL 2 context.
// --enable-unsafe-swiftshader keeps Chromium from refusing the software fallback for WebGL.
const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

// For the no-WebGL fallback tests: the page must behave as on a browser without WebGL.
const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const BUNDLED = '@sparticuz/chromium';

/**
 * Which Chromium runs the tests: $CHROMIUM_PATH, else Debian's package, else the binary that
 * the @sparticuz/chromium npm package ships (brotli-packed; it unpacks itself to the OS temp
 * dir on first use, with SwiftShader beside it), so `npm ci` alone is enough to run the tests.
 * Its own recommended `args` are deliberately not used: they include --disable-web-security
 * and --single-process, which would hide the cross-origin and CSP behaviour the tests check;
 * the flags below are enough for it to start and render WebGL 2 here.
 */
export async function chromiumExecutable(): Promise<{ path: string; bundled: boolean }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  // CHROMIUM_PATH=@sparticuz/chromium forces the bundled binary, to check the fallback.
  if (fromEnv && fromEnv !== BUNDLED) return { path: fromEnv, bundled: false };
  if (!fromEnv && existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, bundled: false };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return { path: await sparticuz.executablePath(), bundled: true };
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<Browser> {
  const { webgl = true, extraArgs = [] } = opts;
  const { path, bundled } = await chromiumExecutable();
  const env: Record<string, string | undefined> = { ...process.env };
  // The bundled binary carries its own fontconfig + Open Sans; use them only where the
  // system has no fontconfig of its own, so that text still renders in screenshots.
  if (bundled && !existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH ??= join(tmpdir(), 'fonts');
  return chromium.launch({
    executablePath: path,
    headless: true,
    env: env as Record<string, string>,
    args: [...BASE_ARGS, ...(webgl ? WEBGL_ARGS : NO_WEBGL_ARGS), ...extraArgs],
  });
}
