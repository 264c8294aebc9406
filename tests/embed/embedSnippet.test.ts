import { expect, test } from 'vitest';
import { embedSnippet, embedSrc, FALLBACK_HEIGHT } from '../../src/embed/embedSnippet';

const BASE = { pageUrl: 'https://news.example/maps/minerals/?date=2025-10-01#x', date: '2025-10-28', deal: 'us-japan', showTitle: true, showControls: true };

test('embedSrc carries embed=1, the date and the deal, and drops the page’s own query and hash', () => {
  expect(embedSrc(BASE)).toBe('https://news.example/maps/minerals/?embed=1&date=2025-10-28&deal=us-japan');
});

test('embedSrc says title=0 and controls=0 only when they are off', () => {
  expect(embedSrc({ ...BASE, deal: null, showTitle: false, showControls: false })).toBe(
    'https://news.example/maps/minerals/?embed=1&date=2025-10-28&title=0&controls=0',
  );
});

test('embedSnippet is an eager full-width titled iframe at the fallback height, then the async loader from the same folder', () => {
  const [iframe, script] = embedSnippet({ ...BASE, title: 'Map: deals' }).split('\n');
  expect(iframe).toBe(
    `<iframe data-critical-minerals-map src="https://news.example/maps/minerals/?embed=1&amp;date=2025-10-28&amp;deal=us-japan" title="Map: deals" width="100%" height="${FALLBACK_HEIGHT}" style="border:0;width:100%"></iframe>`,
  );
  expect(script).toBe('<script src="https://news.example/maps/minerals/embed.js" async></script>');
});

test('embedSnippet escapes quotes and angle brackets in the title', () => {
  expect(embedSnippet({ ...BASE, title: 'A "quoted" <b>' })).toContain('title="A &quot;quoted&quot; &lt;b&gt;"');
});

test('embedSnippet ends with a link to the full map around the build’s still image, shown only where no script runs', () => {
  const lines = embedSnippet({ ...BASE, title: 'Map: deals' }).split('\n');
  expect(lines.at(-1)).toBe(
    '<noscript><a data-critical-minerals-map-fallback href="https://news.example/maps/minerals/?date=2025-10-28&amp;deal=us-japan">' +
      '<img src="https://news.example/maps/minerals/embed-fallback.png" alt="Map: deals. Open the interactive map." width="640" height="480" style="max-width:100%;height:auto"></a></noscript>',
  );
});

test('with a pinned loader the script names its hashed file with integrity and an anonymous CORS fetch', () => {
  const loader = { file: 'assets/embed.0123456789.js', integrity: 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn' };
  const [, script] = embedSnippet({ ...BASE, title: 'Map: deals', loader }).split('\n');
  expect(script).toBe(
    '<script src="https://news.example/maps/minerals/assets/embed.0123456789.js" integrity="sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn" crossorigin="anonymous" async></script>',
  );
});
