import { describe, expect, it } from 'vitest';
import type { FlowState } from '../../../src/overlay/flows/flowLineStyle';
import { flowStateChanges } from '../../../src/overlay/flows/flowStateChanges';

const flows = (...ids: string[]) => ids.map((id) => ({ id }));
const states = (entries: Record<string, FlowState>) => new Map(Object.entries(entries));
const on = { inForce: true, active: false };
const active = { inForce: true, active: true };
const off = { inForce: false, active: false };

describe('flowStateChanges(current, inForce, activeId)', () => {
  it('from no state, sets every deal in force and the active one', () => {
    expect(flowStateChanges(new Map(), flows('a', 'b', 'c'), 'b')).toEqual(states({ a: on, b: active, c: on }));
  });

  it('lists only the two deals a hover moves between', () => {
    expect(flowStateChanges(states({ a: on, b: active, c: on }), flows('a', 'b', 'c'), 'c')).toEqual(states({ b: on, c: active }));
  });

  it('is empty when nothing changes', () => {
    expect(flowStateChanges(states({ a: on, b: active }), flows('a', 'b'), 'b').size).toBe(0);
  });

  it('turns off a deal that is no longer in force, and leaves alone one that was already off', () => {
    expect(flowStateChanges(states({ a: on, b: active, c: off }), flows('a'), 'a')).toEqual(states({ a: active, b: off }));
  });

  it('makes nothing active when the active id is not in force (an event of China, or a later deal)', () => {
    expect(flowStateChanges(states({ a: active }), flows('a', 'b'), 'china-controls')).toEqual(states({ a: on, b: on }));
  });
});
