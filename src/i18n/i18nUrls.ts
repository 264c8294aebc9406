// Where each translation is, relative to the page: a build's content-hashed names
// (src/build/translationsPlugin.ts defines __STORY_I18N__); in dev and unit tests, the plain ones.
declare const __STORY_I18N__: Readonly<Record<string, string>> | undefined;

export const I18N_URLS: Readonly<Record<string, string>> = typeof __STORY_I18N__ === 'undefined' ? {} : __STORY_I18N__;
