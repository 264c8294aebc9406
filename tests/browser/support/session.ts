import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type LaunchOptions } from './chromium';
import { FIXTURE_DIST_DIR, serveDist, type ServeOptions, type StaticServer } from './server';

export interface Session {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * One built-app server and one Chromium for a test file: started before its tests, closed
 * after them. Read `browser` and `server` inside tests and hooks, once they have started.
 * `story: 'fixture'` serves the fixture story's build (dist-fixture/) instead of dist/.
 */
export function useSession(options: { serve?: ServeOptions; launch?: LaunchOptions; story?: 'real' | 'fixture' } = {}): Session {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDist(options.story === 'fixture' ? { root: FIXTURE_DIST_DIR, ...options.serve } : options.serve);
    browser = await launchChromium(options.launch);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useSession: the browser is not started yet (use it inside a test or hook)');
      return browser;
    },
    get server() {
      if (!server) throw new Error('useSession: the server is not started yet (use it inside a test or hook)');
      return server;
    },
  };
}
