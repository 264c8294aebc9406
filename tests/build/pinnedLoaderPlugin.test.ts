import { expect, test } from 'vitest';
import { pinnedLoaderAsset, sriHash } from '../../src/build/pinnedLoaderPlugin';

test('sriHash is sha384 in base64 with its prefix (the known answer for "abc")', () => {
  expect(sriHash(new TextEncoder().encode('abc'))).toBe('sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
});

test('the pinned copy lives under assets/ (cached forever) with a name that changes with its bytes', () => {
  const a = pinnedLoaderAsset(new TextEncoder().encode('one'));
  const b = pinnedLoaderAsset(new TextEncoder().encode('two'));
  expect(a.file).toMatch(/^assets\/embed\.[0-9a-f]{10}\.js$/);
  expect(b.file).not.toBe(a.file);
  expect(pinnedLoaderAsset(new TextEncoder().encode('one'))).toEqual(a);
});
