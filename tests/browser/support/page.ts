import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { StaticServer } from './server';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts/', import.meta.url));

export interface Viewport {
  width: number;
  height: number;
}

export interface OpenOptions {
  viewport?: Viewport;
  /** Where to load the app from; the server's `origin` (localhost) by default. */
  origin?: string;
  /** How long the app may take to reach data-state="ready" (SwiftShader is slow). */
  readyTimeout?: number;
}

export interface ConsoleEntry {
  type: string;
  text: string;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page (and its frames) requested, in order. */
  requests: string[];
  /** Console errors and uncaught page errors, as text. */
  errors: string[];
  /** Every console message, for tests that look for a warning. */
  console: ConsoleEntry[];
  /** Requests that failed at the network level (not HTTP errors), as "url: reason". */
  failedRequests: string[];
  /** http(s) requests sent and not yet finished or failed. */
  inFlight(): number;
  close(): Promise<void>;
}

export const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 };

/** A fresh context (own history, storage, cache) whose traffic and console are recorded. */
export async function openPage(browser: Browser, url: string, viewport: Viewport = DEFAULT_VIEWPORT): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const consoleEntries: ConsoleEntry[] = [];
  const failedRequests: string[] = [];
  const pending = new Set<unknown>();
  const isHttp = (url: string) => url.startsWith('http:') || url.startsWith('https:');
  context.on('request', (r) => {
    requests.push(r.url());
    if (isHttp(r.url())) pending.add(r);
  });
  context.on('requestfinished', (r) => pending.delete(r));
  context.on('requestfailed', (r) => {
    pending.delete(r);
    failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
  });
  page.on('console', (m) => {
    consoleEntries.push({ type: m.type(), text: m.text() });
    if (m.type() === 'error') errors.push(`console.error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.stack ?? e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, requests, errors, console: consoleEntries, failedRequests, inFlight: () => pending.size, close: () => context.close() };
}

/**
 * Waits until the network is quiet: no request in flight, and none started while the page
 * ran an idle callback (it had nothing left to do). A condition, not a fixed delay: each
 * turn waits for the page to be idle or for the requests in flight to end.
 */
export async function waitForQuietNetwork(opened: OpenedPage, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const seen = opened.requests.length;
    if (opened.inFlight() > 0) {
      // Polled: Playwright's request events come over the same pipe, a few ms apart.
      await new Promise((ok) => setTimeout(ok, 50));
    } else {
      await opened.page.evaluate(() => new Promise<void>((ok) => requestIdleCallback(() => ok(), { timeout: 2000 })));
      if (opened.inFlight() === 0 && opened.requests.length === seen) return;
    }
    if (Date.now() > until) throw new Error(`the network was still busy after ${timeout} ms (${opened.inFlight()} requests in flight)`);
  }
}

/**
 * Waits for the app's own readiness signal: <html data-state="ready">. data-state="error"
 * fails at once with whatever the page shows and logged; a timeout reports the last state.
 */
export async function waitForReady(frame: Page | Frame, errors: string[] = [], timeout = 45_000): Promise<void> {
  try {
    // A page with no data-state at all 5 s after navigation is not the app (or an old build):
    // say so at once rather than after the full timeout.
    await frame.waitForFunction(
      () => {
        const state = document.documentElement.dataset.state;
        return state === 'ready' || state === 'error' || (state === undefined && performance.now() > 5000);
      },
      undefined,
      { timeout, polling: 100 },
    );
  } catch (err) {
    const state = await frame.evaluate(() => document.documentElement.dataset.state ?? '(none)').catch(() => '(page gone)');
    throw new Error(
      `App never became ready (data-state=${state}) within ${timeout} ms.` +
        (errors.length ? `\nErrors:\n  ${errors.join('\n  ')}` : '') +
        `\n${(err as Error).message.split('\n')[0]}`,
    );
  }
  const state = await frame.evaluate(() => document.documentElement.dataset.state);
  if (state === undefined) {
    throw new Error(
      `Page has no <html data-state>: not the story app, or a build from before it?` + (errors.length ? `\nErrors:\n  ${errors.join('\n  ')}` : ''),
    );
  }
  if (state === 'error') {
    const shown = await frame.evaluate(() => document.body.innerText.trim().slice(0, 500));
    throw new Error(`App reported data-state="error": ${shown || '(no message shown)'}` + (errors.length ? `\nErrors:\n  ${errors.join('\n  ')}` : ''));
  }
}

/** Opens the built app at `query` (e.g. '?date=2025-10-27') and waits until it is ready. */
export async function openApp(browser: Browser, server: StaticServer, query = '', opts: OpenOptions = {}): Promise<OpenedPage> {
  const q = query === '' || query.startsWith('?') ? query : `?${query}`;
  const opened = await openPage(browser, `${opts.origin ?? server.origin}/index.html${q}`, opts.viewport);
  try {
    await waitForReady(opened.page, opened.errors, opts.readyTimeout);
  } catch (err) {
    await screenshot(opened.page, `not-ready-${q.replace(/[^a-z0-9-]+/gi, '_') || 'default'}`).catch(() => {});
    await opened.close();
    throw err;
  }
  return opened;
}

/** Writes tests/artifacts/<name>.png (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = `${ARTIFACTS_DIR}${name}.png`;
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
