// A page that watches itself for what a security review asks about: CSP violations, script
// errors, unhandled promise rejections, storage and cookie use, and a canary that injected
// markup would call. Installed with addInitScript, so it runs before the app's first line.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_VIEWPORT, type Viewport } from './page';

export interface GuardReport {
  /** securitypolicyviolation events: "directive blocked-uri (source:line) sample". */
  violations: string[];
  /** window 'error' events and unhandled promise rejections, as text. */
  errors: string[];
  rejections: string[];
  /** Every Storage method call, localStorage/sessionStorage/indexedDB read and cookie access. */
  storage: string[];
  /** Set when a payload ran: the canary `window.__pwned()` was called. */
  pwned: string[];
}

declare global {
  interface Window {
    __guard: GuardReport;
    __pwned: (why?: unknown) => void;
  }
}

/** Runs in the page before any of its scripts (serialised by Playwright). */
function installGuard(): void {
  const report: GuardReport = { violations: [], errors: [], rejections: [], storage: [], pwned: [] };
  Object.defineProperty(window, '__guard', { value: report });
  // The canary: every payload in the fuzz test calls it. Frozen so the page cannot replace it.
  Object.defineProperty(window, '__pwned', {
    value: (why?: unknown) => void report.pwned.push(String(why ?? 'called')),
    writable: false,
    configurable: false,
  });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => report.violations.push(`${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
    true,
  );
  window.addEventListener('error', (e) => report.errors.push(`${e.message} (${e.filename}:${e.lineno})`));
  window.addEventListener('unhandledrejection', (e) => {
    const r = e.reason as { stack?: string } | undefined;
    report.rejections.push(String(r?.stack ?? e.reason));
  });
  const note = (what: string) => report.storage.push(what);
  for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
    const original = Storage.prototype[name] as (...args: unknown[]) => unknown;
    Storage.prototype[name] = function (this: Storage, ...args: unknown[]) {
      note(`Storage.${name}`);
      return original.apply(this, args);
    } as never;
  }
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches'] as const) {
    const owner = Object.getOwnPropertyDescriptor(window, name) ? window : Object.getPrototypeOf(window);
    const d = Object.getOwnPropertyDescriptor(owner, name);
    if (!d?.get) continue;
    const get = d.get;
    Object.defineProperty(owner, name, {
      ...d,
      get() {
        note(`window.${name}`);
        return get.call(this);
      },
    });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, 'cookie', {
      ...cookie,
      get() {
        note('document.cookie (read)');
        return get.call(this);
      },
      set(v: string) {
        note('document.cookie (write)');
        set.call(this, v);
      },
    });
  }
}

export interface Guarded {
  page: Page;
  context: BrowserContext;
  /** Every URL requested by the page, its workers and service workers, in order. */
  requests: string[];
  /** Console errors (CSP refusals are logged here too) and uncaught page errors. */
  consoleErrors: string[];
  report(): Promise<GuardReport>;
  close(): Promise<void>;
}

/** A fresh context with the guard installed; navigate with `page.goto` yourself. */
export async function guardedPage(browser: Browser, viewport: Viewport = DEFAULT_VIEWPORT): Promise<Guarded> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'allow' });
  await context.addInitScript(installGuard);
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('worker', (w) =>
    w.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`worker: ${m.text()}`);
    }),
  );
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  return {
    page,
    context,
    requests,
    consoleErrors,
    report: () => page.evaluate(() => JSON.parse(JSON.stringify(window.__guard)) as GuardReport),
    close: () => context.close(),
  };
}

/** Origins other than `origin` that a list of URLs reaches (data: and blob: stay local). */
export function foreignUrls(urls: readonly string[], origin: string): string[] {
  return urls.filter((u) => {
    if (u.startsWith('data:')) return false;
    if (u.startsWith('blob:')) return new URL(u.slice(5)).origin !== origin;
    return new URL(u).origin !== origin;
  });
}
