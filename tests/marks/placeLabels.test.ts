import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/marks/placeLabels';

const view = { width: 400, height: 300 };
const label = (id: string, x: number, y: number, story = false) => ({ id, name: id.repeat(6), story, screen: [x, y] as const, size: 12 });

describe('placeLabels(labels, view)', () => {
  it('keeps labels that do not overlap', () => {
    expect(placeLabels([label('a', 100, 100), label('b', 300, 200)], view).map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('drops a neighbour that overlaps a story country, whatever the input order', () => {
    expect(placeLabels([label('n', 105, 102), label('s', 100, 100, true)], view).map((l) => l.id)).toEqual(['s']);
  });

  it('drops labels wholly outside the view', () => {
    expect(placeLabels([label('a', -200, 100), label('b', 100, 900)], view)).toEqual([]);
  });

  it('counts a Japanese or Chinese character a full em wide: two names 60 px apart collide in kana, not in Latin letters', () => {
    const at = (id: string, name: string, x: number) => ({ id, name, story: false, screen: [x, 100] as const, size: 12 });
    expect(placeLabels([at('a', 'オーストラリア', 100), at('b', 'ニュージーランド', 160)], view).map((l) => l.id)).toEqual(['a']);
    expect(placeLabels([at('a', 'Austral', 100), at('b', 'Zealand', 160)], view).map((l) => l.id)).toEqual(['a', 'b']);
  });
});
