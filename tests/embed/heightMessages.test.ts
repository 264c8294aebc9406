import { expect, test } from 'vitest';
import { heightMessages, pymChildId } from '../../src/embed/heightMessages';

test('heightMessages(742, no pym) is ours, Datawrapper’s and AMP’s, in that order', () => {
  expect(heightMessages(742, { pymChildId: null })).toEqual([
    { type: 'critical-minerals-map:height', height: 742 },
    { 'datawrapper-height': { 'critical-minerals-map': 742 } },
    { sentinel: 'amp', type: 'embed-size', height: 742 },
  ]);
});

test('heightMessages adds pym.js’s string when pym gave a childId, and names the Datawrapper id after it', () => {
  const messages = heightMessages(742, { pymChildId: 'map' });
  expect(messages).toHaveLength(4);
  expect(messages[1]).toEqual({ 'datawrapper-height': { map: 742 } });
  expect(messages[3]).toBe('pymxPYMxmapxPYMxheightxPYMx742');
});

test('heightMessages rounds a fractional height up, so the frame never cuts the last pixel', () => {
  expect(heightMessages(741.2, { pymChildId: 'x' })[3]).toBe('pymxPYMxxxPYMxheightxPYMx742');
});

test('pymChildId reads childId from pym’s query', () => {
  expect(pymChildId('?embed=1&initialWidth=700&childId=map-1&parentTitle=x&parentUrl=y')).toBe('map-1');
});

test('pymChildId is null without childId', () => {
  expect(pymChildId('?embed=1')).toBeNull();
});

test('pymChildId refuses an id that could forge a pym message', () => {
  expect(pymChildId('?childId=axPYMxb')).toBeNull();
  expect(pymChildId('?childId=a%20b')).toBeNull();
});
