import { h } from '../../dom/h';
import { t } from '../../i18n/locale';
import type { ViewStore } from '../../state/store';
import type { StillSource } from '../../still/stillSource';
import { THEME_CHOICES, type Theme, type ThemeChoice } from '../../theme/theme';

export interface ThemeChoiceField {
  readonly element: HTMLFieldSetElement;
  readonly value: () => ThemeChoice;
  /** Revokes the preview's image. */
  destroy(): void;
}

/** The preview's still, in CSS px (drawn at this size, shown at most 320 px wide). */
const PREVIEW = { width: 480, height: 360 } as const;

/**
 * The embed dialog's theme: light, dark or auto, with a preview of the current view in that
 * theme (the still renderer, loaded on the first change, as the downloads load it). The
 * preview keeps its box whatever it shows, so the dialog does not change height. A change
 * fires `change` on the fieldset.
 */
export function themeChoice(initial: ThemeChoice, store: ViewStore, still?: StillSource): ThemeChoiceField {
  const radios = THEME_CHOICES.map((value) =>
    h('input', { type: 'radio', name: 'embed-theme', id: `embed-theme-${value}`, value, checked: value === initial }),
  );
  const note = h('p', { id: 'embed-theme-note', class: 'embed-format-note' });
  const image = h('img', { id: 'embed-theme-preview', width: PREVIEW.width, height: PREVIEW.height, alt: '' });
  const preview = still ? h('figure', { class: 'embed-theme-preview' }, image) : null;
  const element = h(
    'fieldset',
    { class: 'embed-theme', 'aria-describedby': note.id },
    h('legend', {}, t('embed.theme')),
    ...radios.map((r, i) => h('label', {}, r, t(`embed.theme.${THEME_CHOICES[i]!}`))),
    note,
    preview,
  );
  const value = () => (radios.find((r) => r.checked)?.value as ThemeChoice | undefined) ?? 'light';
  let url: string | null = null;
  let drawing = 0;

  const show = async () => {
    const choice = value();
    note.textContent = t(`embed.themeNote.${choice}`);
    if (!still) return;
    const theme: Theme = choice === 'auto' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : choice;
    const ticket = ++drawing;
    try {
      const [{ renderStill }, basemap] = await Promise.all([import('../../still/renderStill'), still.basemap()]);
      if (ticket !== drawing) return;
      const { date, selectedId } = store.getState();
      const svg = renderStill({ data: still.data, basemap, date, deal: selectedId, ...PREVIEW, theme });
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      image.src = url;
      image.alt = t(`embed.themePreview.${theme}`);
      // Not data-theme, which would give the image the theme's tokens (src/styles/themes.css).
      image.dataset.previewTheme = theme;
    } catch (error) {
      console.warn('[critical-minerals-map] the theme preview could not be drawn', error);
    }
  };
  element.addEventListener('change', () => void show());
  void show();
  return {
    element,
    value,
    destroy() {
      drawing++;
      if (url) URL.revokeObjectURL(url);
    },
  };
}
