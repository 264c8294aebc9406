import { expect, test } from 'vitest';
import { selectEvent, setDate, setHover } from '../../src/state/actions';
import { createViewStore } from '../../src/state/store';
import { trackHostChanges } from '../../src/embed/hostChanges';
import type { StoryEvent } from '../../src/data/types';

const store = () => createViewStore({ date: '2025-10-01', selectedId: null, hoverId: null, playing: false });
const japan = { id: 'us-japan', date: '2025-10-28' } as StoryEvent;

test('a change made inside asHost is the host’s; the reader’s next change is not', () => {
  const s = store();
  const changes = trackHostChanges(s);
  const seen: boolean[] = [];
  s.subscribe(() => seen.push(changes.applying()));
  changes.asHost(() => setDate(s, '2025-10-20'));
  expect(changes.lastByHost()).toBe(true);
  expect(changes.applying()).toBe(false);
  selectEvent(s, japan);
  expect(changes.lastByHost()).toBe(false);
  expect(seen).toEqual([true, false]);
});

test('a hover is not a change of the view: the host’s step stays the latest change', () => {
  const s = store();
  const changes = trackHostChanges(s);
  changes.asHost(() => setDate(s, '2025-10-20'));
  setHover(s, 'us-japan');
  expect(changes.lastByHost()).toBe(true);
});

test('motion "jump" holds for the host’s change until the reader changes the view or the host sends another', () => {
  const s = store();
  const changes = trackHostChanges(s);
  changes.asHost(() => setDate(s, '2025-10-20'), 'jump');
  expect(changes.jump()).toBe(true);
  changes.asHost(() => setDate(s, '2025-10-21'));
  expect(changes.jump()).toBe(false);
  changes.asHost(() => setDate(s, '2025-10-22'), 'jump');
  setDate(s, '2025-10-23');
  expect(changes.jump()).toBe(false);
});

test('stop unsubscribes', () => {
  const s = store();
  const changes = trackHostChanges(s);
  changes.asHost(() => setDate(s, '2025-10-20'));
  changes.stop();
  setDate(s, '2025-10-23');
  expect(changes.lastByHost()).toBe(true);
});
