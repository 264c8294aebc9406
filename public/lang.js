// Before the first paint: <html lang> from ?lang= (src/i18n/languages.ts has the same names),
// so the browser picks the right fonts and line breaking from the first frame. For a
// language other than English, the first view's English words (index.html, built at build)
// are kept out of sight until the script puts the translated ones in the same places.
(function () {
  var m = /[?&]lang=([^&#]*)/.exec(location.search);
  if (!m) return;
  var v = decodeURIComponent(m[1].replace(/\+/g, ' ')).trim().toLowerCase();
  var lang = { ja: 'ja', 'ja-jp': 'ja', zh: 'zh-Hans', 'zh-hans': 'zh-Hans', 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-my': 'zh-Hans', 'zh-hans-cn': 'zh-Hans', 'zh-hans-sg': 'zh-Hans', 'zh-hans-my': 'zh-Hans', ms: 'ms', 'ms-my': 'ms', th: 'th', 'th-th': 'th' }[v];
  if (!lang) return;
  document.documentElement.lang = lang;
  document.documentElement.classList.add('fv-translating');
})();
