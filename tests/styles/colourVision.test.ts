// The US and China colours of the palette (src/styles/app.css) stay distinguishable for
// readers with protanopia, deuteranopia and tritanopia (simulated, tests/support/colourVision.ts).
import { describe, expect, it } from 'vitest';
import { deltaE2000, difference, MIN_DELTA_E, paletteColour, simulate, type Deficiency } from '../support/colourVision';

const KINDS: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

describe('deltaE2000(a, b)', () => {
  it('gives 2.0425 for pair 1 of Sharma, Wu and Dalal’s test data', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
  });
  it('gives 0 for a colour and itself', () => {
    expect(deltaE2000([60, 20, -30], [60, 20, -30])).toBe(0);
  });
});

describe('simulate(rgb, kind)', () => {
  for (const kind of KINDS) {
    it(`leaves white and black unchanged under ${kind} (within a unit)`, () => {
      for (const v of [0, 255]) for (const c of simulate([v, v, v], kind)) expect(Math.abs(c - v)).toBeLessThan(1);
    });
  }
  it('makes red and green close under deuteranopia (the model does something)', () => {
    expect(difference(simulate([200, 60, 40], 'deuteranopia'), simulate([90, 140, 40], 'deuteranopia'))).toBeLessThan(
      difference([200, 60, 40], [90, 140, 40]) / 2,
    );
  });
});

describe('US and China colours as a dichromat sees them', () => {
  for (const us of ['us', 'us-strong']) {
    for (const kind of KINDS) {
      it(`--${us} and --china stay at least ΔE2000 ${MIN_DELTA_E} apart under ${kind}`, () => {
        const d = difference(simulate(paletteColour(us), kind), simulate(paletteColour('china'), kind));
        console.log(`[colour vision] --${us} vs --china, ${kind}: ΔE2000 ${d.toFixed(1)}`);
        expect(d).toBeGreaterThanOrEqual(MIN_DELTA_E);
      });
    }
  }
});
