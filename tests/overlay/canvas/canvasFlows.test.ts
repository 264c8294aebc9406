import { describe, expect, it } from 'vitest';
import { copyTransform, groupByStyle, isVisibleOn, quantizeWidth, visibleCopies, type WorldExtent } from '../../../src/overlay/canvas/canvasFlows';
import { CANVAS_FLOWS_THRESHOLD, chooseFlowsRenderer } from '../../../src/overlay/flowsRenderer';
import { toScreen, viewportFor, type Viewport } from '../../../src/overlay/viewport';
import { WORLD_SIZE } from '../../../src/geo/mercator';

const view = (cx: number, cy: number, k: number, width = 1280, height = 800): Viewport => ({ cx, cy, k, width, height });
const box = (x0: number, x1: number, y0 = 200, y1 = 260): WorldExtent => [
  [x0, y0],
  [x1, y1],
];

describe('chooseFlowsRenderer', () => {
  it("keeps the story's few flows in SVG and moves many to canvas", () => {
    expect(chooseFlowsRenderer(4)).toBe('svg');
    expect(chooseFlowsRenderer(CANVAS_FLOWS_THRESHOLD)).toBe('svg');
    expect(chooseFlowsRenderer(CANVAS_FLOWS_THRESHOLD + 1)).toBe('canvas');
    expect(chooseFlowsRenderer(1000)).toBe('canvas');
  });
  it('stays SVG in forced-colours mode, whatever the count', () => {
    expect(chooseFlowsRenderer(10_000, { forcedColors: true })).toBe('svg');
  });
});

describe('visibleCopies', () => {
  it('is only the centre copy when the box is in view and the world is wider than the screen', () => {
    // Zoom 2 over the Pacific: 320 world units across.
    const v = view(400, 230, 4);
    expect(visibleCopies(box(380, 420), v)).toEqual([0]);
  });

  it('follows the antimeridian: America east of the date line is the +1 copy', () => {
    // Centre on 180° (x = 512) at zoom 2: the view spans x 352…672.
    const v = viewportFor([180, 20], 2, 1280, 800);
    expect(visibleCopies(box(400, 450), v)).toEqual([0]); // East Asia
    expect(visibleCopies(box(100, 150), v)).toEqual([1]); // North America, drawn at 612…662
    expect(visibleCopies(box(200, 300), v)).toEqual([]); // Atlantic: off screen on every copy
  });

  it('lists every copy when the world is narrower than the screen (zoom 0, 1280 px)', () => {
    const v = view(256, 256, 1);
    // Visible x: −384…896, so a box at 100…200 shows at −412…−312, 100…200 and 612…712.
    expect(visibleCopies(box(100, 200), v)).toEqual([-1, 0, 1]);
  });

  it('counts a line within `pad` pixels of the edge as visible (its round cap paints there)', () => {
    const v = view(400, 230, 4); // right edge at x = 400 + 160 = 560
    const justOff = box(560.5, 600); // 2 px off screen at k = 4
    expect(visibleCopies(justOff, v, 0)).toEqual([]);
    expect(visibleCopies(justOff, v, 3)).toEqual([0]);
  });

  it('is empty when the box is above or below the view, on any copy', () => {
    const v = view(400, 230, 4); // visible y: 130…330
    expect(visibleCopies(box(380, 420, 10, 100), v)).toEqual([]);
    expect(visibleCopies(box(380, 420, 400, 450), v)).toEqual([]);
  });

  it('agrees with the per-copy test on seeded random boxes and views', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const v = view(random() * 1024 - 256, random() * 512, 2 ** (random() * 6), 200 + random() * 1400, 200 + random() * 800);
      const x0 = random() * 1024 - 256;
      const y0 = random() * 512;
      const e = box(x0, x0 + random() * 300, y0, y0 + random() * 100);
      const pad = random() * 6;
      const listed = visibleCopies(e, v, pad);
      for (let c = -4; c <= 4; c++) expect(isVisibleOn(e, v, c, pad)).toBe(listed.includes(c));
    }
  });
});

describe('copyTransform', () => {
  it('puts a world point where toScreen puts it, in device pixels', () => {
    const v = viewportFor([170, 15], 3.3, 1280, 800);
    const p: [number, number] = [500, 230];
    for (const dpr of [1, 2]) {
      const [a, , , d, e, f] = copyTransform(v, 0, dpr);
      const [sx, sy] = toScreen(v, p);
      expect(a * p[0] + e).toBeCloseTo(sx * dpr, 6);
      expect(d * p[1] + f).toBeCloseTo(sy * dpr, 6);
    }
    // Copy +1 is one world width (× 2^zoom) to the right.
    expect(copyTransform(v, 1, 1)[4] - copyTransform(v, 0, 1)[4]).toBeCloseTo(WORLD_SIZE * v.k, 6);
  });
});

describe('groupByStyle', () => {
  const flow = (id: string, width: number, x0: number, x1: number) => ({ id, width, extent: box(x0, x1) });

  it('groups flows by quantised width, thinnest first, the active flow alone and last', () => {
    const flows = [flow('a', 7, 100, 400), flow('b', 3.1, 120, 420), flow('c', 2, 90, 380), flow('d', 3.2, 110, 430), flow('e', 7, 130, 390)];
    const groups = groupByStyle(flows, 'e');
    expect(groups.map((g) => g.key)).toEqual(['2', '3', '7', '7:active']);
    expect(groups.map((g) => g.members)).toEqual([[2], [1, 3], [0], [4]]);
    expect(groups[1]!.extent).toEqual([
      [110, 200],
      [430, 260],
    ]);
    expect(groups.at(-1)!.active).toBe(true);
  });

  it('puts every flow in exactly one group', () => {
    const flows = Array.from({ length: 1000 }, (_, i) => flow(`f${i}`, 2 + ((i * 37) % 500) / 100, i % 300, 300 + (i % 200)));
    const groups = groupByStyle(flows, 'f500');
    const members = groups.flatMap((g) => g.members).sort((a, b) => a - b);
    expect(members).toEqual(flows.map((_, i) => i));
    // 2…7 px in 0.5 px steps: at most 11 widths, plus the active flow.
    expect(groups.length).toBeLessThanOrEqual(12);
  });

  it('rounds widths to half pixels, never to zero', () => {
    expect(quantizeWidth(3.26)).toBe(3.5);
    expect(quantizeWidth(3.24)).toBe(3);
    expect(quantizeWidth(0.1)).toBe(0.5);
  });
});
