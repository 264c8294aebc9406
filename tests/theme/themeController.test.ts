import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { mountTheme } from '../../src/theme/themeController';

/** A media query list whose `matches` the test sets, firing `change` as a browser does. */
function fakeQuery(matches: boolean) {
  const target = new EventTarget() as EventTarget & { matches: boolean };
  target.matches = matches;
  return {
    list: target as unknown as MediaQueryList,
    set(value: boolean) {
      target.matches = value;
      target.dispatchEvent(new Event('change'));
    },
  };
}

function page() {
  const window = new Window();
  window.document.write('<!doctype html><html><head><meta name="color-scheme" content="light"></head><body></body></html>');
  return window.document as unknown as Document;
}

const scheme = (doc: Document) => doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content');

test('mountTheme(doc, {choice: dark}) shows dark whatever the system says', () => {
  const doc = page();
  const controller = mountTheme(doc, { choice: 'dark', prefersDark: fakeQuery(false).list });
  expect([controller.theme(), doc.documentElement.dataset.theme, scheme(doc)]).toEqual(['dark', 'dark', 'dark']);
});

test('mountTheme under auto follows a change of prefers-color-scheme and tells its listeners once per change', () => {
  const doc = page();
  const query = fakeQuery(false);
  const controller = mountTheme(doc, { choice: 'auto', prefersDark: query.list });
  const seen: string[] = [];
  controller.onChange((t) => seen.push(t));
  query.set(true);
  query.set(true);
  expect([doc.documentElement.dataset.theme, scheme(doc), seen]).toEqual(['dark', 'dark', ['dark']]);
});

test('mountTheme: a light choice ignores the system; set("dark") switches at once', () => {
  const doc = page();
  const query = fakeQuery(true);
  const controller = mountTheme(doc, { choice: 'light', prefersDark: query.list });
  expect(controller.theme()).toBe('light');
  const seen: string[] = [];
  controller.onChange((t) => seen.push(t));
  controller.set('dark');
  expect([controller.theme(), controller.choice(), doc.documentElement.dataset.theme, seen]).toEqual(['dark', 'dark', 'dark', ['dark']]);
});

test('mountTheme with transparent marks <html> for the host background', () => {
  const doc = page();
  mountTheme(doc, { choice: 'light', transparent: true, prefersDark: fakeQuery(false).list });
  expect(doc.documentElement.hasAttribute('data-transparent')).toBe(true);
});

test('mountTheme: after destroy a system change does nothing', () => {
  const doc = page();
  const query = fakeQuery(false);
  const controller = mountTheme(doc, { choice: 'auto', prefersDark: query.list });
  controller.destroy();
  query.set(true);
  expect(doc.documentElement.dataset.theme).toBe('light');
});
