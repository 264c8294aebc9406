import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markPalette } from '../../src/marks/markPalette';

const css = readFileSync(resolve(__dirname, '../../src/styles/app.css'), 'utf8');

describe('markPalette', () => {
  for (const [name, value] of Object.entries(markPalette)) {
    const prop = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    it(`${name} equals app.css's --${prop}`, () => {
      expect(new RegExp(`--${prop}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]).toBe(value);
    });
  }
});
