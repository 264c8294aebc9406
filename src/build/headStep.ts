// The head step: a few lines that run before the first paint, from a file of our own origin
// (the CSP allows no inline script), and class <html> from the address so that the first
// view that index.html carries (src/build/firstViewPlugin.ts) is painted as the script will
// lay it out: the theme (data-theme, the color-scheme <meta>), transparent=1, the embed's
// frame or the page's (is-embed, is-fit), title=0 (fv-no-title) and the language (<html lang>
// from lang=, and fv-translating, which keeps the first view's English words out of sight until
// the script puts the translated ones in their places). It reads the parameters
// with the rules of src/state/urlCodec.ts (tests/build/headStep.test.ts runs both on the same
// addresses). `vite build` writes it as assets/head.<hash>.js (cached forever, as the other
// hashed files) and puts a blocking <script> for it at the top of <head>, before the
// stylesheet, whose download it does not delay; the dev server inlines it (it sends no CSP).
import type { Plugin } from 'vite';
import { hashedName } from './storyDataPlugin.ts';

/** The script itself: ES2017, no modules, nothing global left behind. */
export const HEAD_STEP = `(function () {
  var d = document.documentElement;
  var q = new URLSearchParams(location.search);
  function get(name) {
    var v = q.get(name);
    return v !== null && v.length <= 64 ? v : null;
  }
  function flag(name, fallback) {
    var v = get(name);
    return v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : fallback;
  }
  var theme = get('theme');
  var dark = get('dark');
  var choice =
    theme === 'light' || theme === 'dark' || theme === 'auto' ? theme
    : dark === 'true' || dark === '1' ? 'dark'
    : dark === 'false' || dark === '0' ? 'light'
    : dark === 'auto' ? 'auto'
    : 'light';
  var isDark = choice === 'dark' || (choice === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  d.setAttribute('data-theme', isDark ? 'dark' : 'light');
  var meta = document.querySelector('meta[name="color-scheme"]');
  if (meta) meta.setAttribute('content', isDark ? 'dark' : 'light');
  if (flag('transparent', false)) d.setAttribute('data-transparent', '');
  if (flag('embed', false)) {
    d.classList.add('is-embed');
    if (flag('fit', false)) d.classList.add('is-fit');
  }
  if (!flag('title', true)) d.classList.add('fv-no-title');
  // src/i18n/languages.ts has the same names (tests/i18n/parseLanguage.test.ts keeps them in step).
  var asked = get('lang');
  var lang = asked === null ? null : {
    ja: 'ja', 'ja-jp': 'ja',
    zh: 'zh-Hans', 'zh-hans': 'zh-Hans', 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-my': 'zh-Hans', 'zh-hans-cn': 'zh-Hans', 'zh-hans-sg': 'zh-Hans', 'zh-hans-my': 'zh-Hans',
    ms: 'ms', 'ms-my': 'ms', th: 'th', 'th-th': 'th'
  }[asked.trim().toLowerCase()];
  if (lang) {
    d.lang = lang;
    d.classList.add('fv-translating');
  }
})();
`;

const HEAD_FILE = hashedName('assets/head.js', HEAD_STEP);
/** Right after the CSP <meta> (the first thing in <head> that a script may follow). */
const AFTER = /(<meta\s+http-equiv="Content-Security-Policy"[^>]*>)/i;

export function headStep(): Plugin {
  let serve = false;
  return {
    name: 'critical-minerals:head-step',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!/<meta\s+name="color-scheme"/i.test(html)) throw new Error('index.html: the color-scheme <meta> is missing (src/build/headStep.ts sets it).');
        const tag = serve ? `<script>${HEAD_STEP}</script>` : `<script src="./${HEAD_FILE}"></script>`;
        if (!AFTER.test(html)) return html.replace(/<head>/i, `<head>\n    ${tag}`);
        return html.replace(AFTER, `$1\n    ${tag}`);
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HEAD_FILE, source: HEAD_STEP });
    },
  };
}
