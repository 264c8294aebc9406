// Where each translation is, relative to the page: a build's content-hashed names
// (src/build/translationsPlugin.ts defines __STORY_I18N__, {} for a story with none); null
// in dev and unit tests, where the plain names data/i18n/<lang>.json are served.
declare const __STORY_I18N__: Readonly<Record<string, string>> | undefined;

export const I18N_URLS: Readonly<Record<string, string>> | null = typeof __STORY_I18N__ === 'undefined' ? null : __STORY_I18N__;
