import { resolveTheme, type Theme, type ThemeChoice } from './theme';

/** The page's theme, as the head step set it and as the host or the reader's system changes it. */
export interface ThemeController {
  /** What is shown now. */
  theme(): Theme;
  /** What was asked for (`auto` follows prefers-color-scheme). */
  choice(): ThemeChoice;
  /** A new choice (the host's `set`): applied at once, without a reload. */
  set(choice: ThemeChoice): void;
  /** Calls `listener` with the theme each time it changes; returns the unsubscribe. */
  onChange(listener: (theme: Theme) => void): () => void;
  destroy(): void;
}

export interface ThemeOptions {
  readonly choice: ThemeChoice;
  readonly transparent?: boolean;
  /** `(prefers-color-scheme: dark)`: inside a frame it follows the <iframe> element's `color-scheme`. */
  readonly prefersDark: MediaQueryList;
}

/**
 * Keeps <html data-theme> and the color-scheme <meta> on the chosen theme (the head step,
 * src/build/headStep.ts, set both before the first paint; this takes over from there), and
 * under `auto` follows the system or the host's `color-scheme` as it changes. Renderers that
 * cannot read CSS (MapLibre, the preview's canvas) listen through `onChange`.
 */
export function mountTheme(doc: Document, o: ThemeOptions): ThemeController {
  const root = doc.documentElement;
  const listeners = new Set<(theme: Theme) => void>();
  let choice = o.choice;
  let shown: Theme | null = null;

  const apply = () => {
    const theme = resolveTheme(choice, o.prefersDark.matches);
    root.dataset.theme = theme;
    doc.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
    if (theme === shown) return;
    const first = shown === null;
    shown = theme;
    if (!first) for (const l of listeners) l(theme);
  };
  if (o.transparent) root.dataset.transparent = '';
  apply();
  o.prefersDark.addEventListener('change', apply);

  return {
    theme: () => shown ?? 'light',
    choice: () => choice,
    set(next) {
      choice = next;
      apply();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      o.prefersDark.removeEventListener('change', apply);
      listeners.clear();
    },
  };
}
