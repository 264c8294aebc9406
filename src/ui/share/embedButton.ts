import type { ViewStore } from '../../state/store';
import type { StillSource } from '../../still/stillSource';
import { h } from '../../dom/h';
import type { ThemeController } from '../../theme/themeController';
import { t } from '../../i18n/locale';
import type { Lang } from '../../i18n/languages';

export interface EmbedButtonOptions {
  /** The iframe's accessible name in the snippet. */
  readonly title: string;
  /** For the dialog's "Download image". */
  readonly still?: StillSource;
  /** The page's theme: the dialog's theme choice starts from it. */
  readonly theme?: ThemeController;
  /** The snippet's iframe title in another language. */
  readonly titleIn?: (lang: Lang) => Promise<string>;
}

/**
 * "Embed this map" on the full page. The dialog's code is loaded on the first click, so
 * readers who never embed do not download it.
 */
export function mountEmbedButton(parent: HTMLElement, store: ViewStore, o: EmbedButtonOptions): () => void {
  const button = h('button', { type: 'button', class: 'secondary-button', id: 'embed-open', 'aria-haspopup': 'dialog' }, t('embed.open'));
  button.addEventListener('click', async () => {
    const { openEmbedDialog } = await import('./embedDialog');
    openEmbedDialog(button, store, {
      title: o.title,
      pageUrl: location.href,
      ...(o.still ? { still: o.still } : {}),
      ...(o.theme ? { theme: o.theme.choice() } : {}),
      ...(o.titleIn ? { titleIn: o.titleIn } : {}),
    });
  });
  parent.append(button);
  return () => button.remove();
}
