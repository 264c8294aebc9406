/** The two designs. `auto` is not a theme but a choice: it resolves to one of them. */
export type Theme = 'light' | 'dark';

/** What a URL, the host page or the embed dialog can ask for. */
export type ThemeChoice = Theme | 'auto';

export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'auto'];

/** The theme a choice shows, given whether `prefers-color-scheme: dark` matches. */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  return choice === 'auto' ? (prefersDark ? 'dark' : 'light') : choice;
}
