// The story in each of its languages, on the page and in the embed, checked against the data
// files (data/i18n/<lang>.json and data/story.json), never against copies of the translations:
// <html lang>, the headline, dates written by Intl for the locale, an unknown lang's warning,
// the host's set {lang}, and the embed dialog and snippet carrying the language.
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { openApp, openPage, waitForReady } from './support/page';
import { axe } from './support/axe';
import type { Origins } from './support/server';
import { useSession } from './support/session';

vi.setConfig({ testTimeout: 180_000 });

const LOCALES = { en: 'en-GB', ja: 'ja-JP', 'zh-Hans': 'zh-Hans-CN', ms: 'ms-MY', th: 'th-TH' } as const;
type Lang = keyof typeof LOCALES;
const story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8')) as { headline: string; checked: string };
const file = (lang: Exclude<Lang, 'en'>) =>
  JSON.parse(readFileSync(new URL(`../../data/i18n/${lang}.json`, import.meta.url), 'utf8')) as {
    ui: Record<string, { text: string }>;
    story: Record<string, { text: string }>;
  };
const headline = (lang: Lang) => (lang === 'en' ? story.headline : file(lang).story['story.headline']!.text);
const ui = (lang: Lang, key: string, english: string) => (lang === 'en' ? english : file(lang).ui[key]!.text);
/** The date the facts were checked, as Intl writes it in the locale (UTC, long month). */
const longDate = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
/** One character of each language's script, to tell whether the machine can draw it. */
const SAMPLE: Record<Lang, string> = { en: 'a', ja: 'あ', 'zh-Hans': '中', ms: 'a', th: 'ก' };
const words = (text: string | null) =>
  (text ?? '')
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const host = ({ origin }: Origins) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><iframe title="map" src="${origin}/index.html?embed=1" width="400" height="700"></iframe></body></html>`;
const session = useSession({ serve: { routes: { '/host.html': host } } });

describe('the full page in each language', () => {
  for (const lang of Object.keys(LOCALES) as Lang[]) {
    test(`${lang}: <html lang>, the headline from the data, the checked date by Intl`, async () => {
      const app = await openApp(session.browser, session.server, lang === 'en' ? '' : `?lang=${lang}`, { viewport: { width: 1280, height: 800 } });
      try {
        const seen = await app.page.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: document.querySelector('h1')?.textContent ?? null,
          checked: document.querySelector('footer .facts-checked')?.textContent ?? null,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          // Source titles and publishers, English as published: marked so on another language's page.
          englishLinks: document.querySelectorAll('a[href^="https:"] > span[lang="en"]').length,
        }));
        expect(seen.lang).toBe(lang);
        expect(words(seen.h1)).toBe(headline(lang));
        expect(words(await app.page.title())).toBe(headline(lang));
        expect(words(seen.checked)).toContain(longDate(LOCALES[lang], story.checked));
        expect(seen.overflow).toBeLessThanOrEqual(0);
        if (lang === 'en') expect(seen.englishLinks).toBe(0);
        else expect(seen.englishLinks).toBeGreaterThan(3);
        expect(app.errors).toEqual([]);
        expect((await axe(app.page)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  test('Thai in the Common Era with calendar=gregory', async () => {
    const app = await openApp(session.browser, session.server, '?lang=th&calendar=gregory');
    try {
      const checked = words(await app.page.textContent('footer .facts-checked'));
      expect(checked).toContain(longDate('th-TH-u-ca-gregory', story.checked));
      expect(checked).not.toContain(longDate('th-TH', story.checked));
    } finally {
      await app.close();
    }
  });

  test('an unknown lang is English, with a console warning that names it', async () => {
    const app = await openApp(session.browser, session.server, '?lang=fr');
    try {
      expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(words(await app.page.textContent('h1'))).toBe(story.headline);
      expect(app.console.some((c) => c.type === 'warning' && c.text.includes('lang "fr"'))).toBe(true);
    } finally {
      await app.close();
    }
  });

  test('the embed dialog offers the page’s language, and the snippet carries the one chosen', async () => {
    const app = await openApp(session.browser, session.server, '?lang=ja');
    try {
      await app.page.click('#embed-open');
      await app.page.waitForSelector('#embed-dialog[open]');
      expect(await app.page.inputValue('#embed-lang')).toBe('ja');
      expect(await app.page.inputValue('#embed-code')).toContain('lang=ja');
      await app.page.selectOption('#embed-lang', 'th');
      const code = await app.page.inputValue('#embed-code');
      expect(code).toContain('lang=th');
      // The snippet's iframe title is the Thai headline, from the Thai file.
      await expect.poll(() => app.page.inputValue('#embed-code')).toContain(headline('th'));
    } finally {
      await app.close();
    }
  });
});

describe('the embed in each language', () => {
  for (const lang of Object.keys(LOCALES) as Lang[]) {
    test(`${lang} at 375 px: <html lang>, "View the full map" in the language keeping lang, at most 760 px tall, axe 0`, async () => {
      const app = await openApp(session.browser, session.server, `?embed=1${lang === 'en' ? '' : `&lang=${lang}`}`, { viewport: { width: 375, height: 800 } });
      try {
        const seen = await app.page.evaluate(() => ({
          lang: document.documentElement.lang,
          height: document.querySelector('.app')!.getBoundingClientRect().height,
          link: document.querySelector('.full-map-link')!.firstChild?.textContent ?? '',
          href: (document.querySelector('.full-map-link') as HTMLAnchorElement).href,
        }));
        expect(seen.lang).toBe(lang);
        expect(seen.link).toBe(ui(lang, 'embed.fullMap', 'View the full map'));
        expect(new URL(seen.href).searchParams.get('lang')).toBe(lang === 'en' ? null : lang);
        expect(new URL(seen.href).searchParams.has('embed')).toBe(false);
        // A height means something only where the machine has a font for the script: without
        // one, Chromium lays out boxes of its own width (this test machine has no CJK or Thai font).
        const drawn = await app.page.evaluate((sample) => {
          const c = document.createElement('canvas').getContext('2d')!;
          c.font = '16px sans-serif';
          return c.measureText(sample).width !== c.measureText('\u{10FFFD}').width;
        }, SAMPLE[lang]);
        if (drawn) expect(seen.height).toBeLessThanOrEqual(760);
        else console.log(`[languages] ${lang}: no font for the script on this machine; the embed's height (${Math.round(seen.height)} px) is not measured`);
        expect((await axe(app.page)).violations.map((v) => v.id)).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  test('the host page sets lang: ms, and the frame shows the same story in Malay', async () => {
    const { browser, server } = session;
    const opened = await openPage(browser, `${server.altOrigin}/host.html`, { width: 800, height: 900 });
    const { page } = opened;
    try {
      const frame = () => page.frames().find((f) => f.url().includes('embed=1'))!;
      await expect
        .poll(
          () =>
            frame()
              ?.evaluate(() => document.documentElement.dataset.state)
              .catch(() => null),
          { timeout: 120_000 },
        )
        .toBe('ready');
      await page.evaluate(
        (o) => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'critical-minerals-map:set', lang: 'ms' }, o),
        server.origin,
      );
      await expect.poll(() => frame()?.url() ?? '', { timeout: 30_000 }).toContain('lang=ms');
      await waitForReady(frame(), opened.errors, 120_000);
      expect(await frame().evaluate(() => document.documentElement.lang)).toBe('ms');
      expect(words(await frame().textContent('h1'))).toBe(headline('ms'));
    } finally {
      await opened.close();
    }
  });
});
