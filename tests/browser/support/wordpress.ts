// What WordPress does to the HTML of an oEmbed response from a provider that is not on its
// trusted list (a provider it found by discovery, as ours is): wp_filter_oembed_result() in
// wp-includes/embed.php (WordPress 6.x), step by step, with wp_kses() reduced to what it
// does to this HTML: tags not allowed are removed (their text stays, then the iframe is cut
// out of it), attributes not allowed are dropped and the rest written name="value".
// Also what the block editor wraps a rich embed in on the page (core/embed's save()).

type Allowed = Record<string, readonly string[]>;

/** wp_filter_oembed_result's $allowed_html. */
const ALLOWED: Allowed = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** wp_kses for these elements: disallowed tags go (text kept), disallowed attributes go. */
export function kses(html: string, allowed: Allowed): string {
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g, (_all, close: string, name: string, rest: string) => {
    const tag = name.toLowerCase();
    const keep = allowed[tag];
    if (!keep) return '';
    if (close) return `</${tag}>`;
    const attrs = [...rest.matchAll(ATTR)]
      .filter((m) => keep.includes(m[1]!.toLowerCase()))
      .map((m) => ` ${m[1]!.toLowerCase()}="${(m[2] ?? m[3] ?? m[4] ?? '').replace(/"/g, '&quot;')}"`);
    return `<${tag}${attrs.join('')}>`;
  });
}

/** The HTML WordPress stores and prints for an untrusted provider's rich embed. */
export function wpFilterOembedResult(result: string, secret = 'Ab3dE5gH9k'): string {
  let html = kses(result, ALLOWED);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(html);
  if (!content?.[2]) throw new Error('WordPress would drop this embed: no iframe left after wp_kses');
  html = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(html);
  if (src) {
    // esc_url() writes & as &#038;.
    const url = `${src[2]}#?secret=${secret}`.replace(/&amp;/g, '&#038;');
    html = html.replace(src[0], ` src=${src[1]}${url}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
    html = html.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  html = kses(html, { ...ALLOWED, blockquote: ['data-secret'], iframe: [...ALLOWED.iframe!, 'data-secret'] });
  if (content[1]) {
    html = html.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    html = html.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return html.replace(/<iframe/gi, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** The block editor's markup around a rich embed (no aspect-ratio class: our 640 × 703 matches none). */
export function embedBlock(html: string, provider: string): string {
  return `<figure class="wp-block-embed is-type-rich is-provider-${provider} wp-block-embed-${provider}"><div class="wp-block-embed__wrapper">\n${html}\n</div></figure>`;
}
