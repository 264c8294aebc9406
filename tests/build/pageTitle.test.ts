import { describe, expect, it } from 'vitest';
import { pageTitleAndDescription } from '../../src/build/storyDataPlugin';

const HTML = '<head><title>Old title</title>\n<meta name="description" content="Old dek." /></head>';

describe('pageTitleAndDescription(index.html, story)', () => {
  it('writes the headline as the title and the dek as the description, escaped', () => {
    const out = pageTitleAndDescription(HTML, { headline: 'Deals & "controls" <2026>', dek: 'A dek with "quotes" & more.' });
    expect(out).toContain('<title>Deals &amp; &quot;controls&quot; &lt;2026&gt;</title>');
    expect(out).toContain('<meta name="description" content="A dek with &quot;quotes&quot; &amp; more." />');
    expect(out).not.toContain('Old');
  });
});
