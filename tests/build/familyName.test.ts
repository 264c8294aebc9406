import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decompress } from 'wawoff2';
import { familyName } from '../../src/build/stillImagesPlugin';

const ttf = async (weight: number) => Buffer.from(await decompress(readFileSync(resolve(__dirname, `../../public/fonts/source-sans-3-${weight}.woff2`))));

describe('familyName(ttf)', () => {
  it('reads one family for the regular and the bold subset, so resvg can pick the weight within it', async () => {
    const [regular, bold] = [familyName(await ttf(400)), familyName(await ttf(700))];
    expect(regular).toMatch(/^Source Sans 3/);
    expect(bold).toBe(regular);
  });
});
