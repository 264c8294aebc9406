import type { FlowState } from './flowLineStyle';

/**
 * The feature states to set so that exactly the deals in `inForce` are drawn and only
 * `activeId` (if in force) is active, given the states set so far (`current`, id → state;
 * a deal missing there has none, which the layers read as neither). Only deals whose state
 * changes are listed, so a hover costs two entries whatever the number of flows.
 */
export function flowStateChanges(
  current: ReadonlyMap<string, FlowState>,
  inForce: readonly { readonly id: string }[],
  activeId: string | null,
): Map<string, FlowState> {
  const next = new Map<string, FlowState>();
  for (const { id } of inForce) next.set(id, { inForce: true, active: id === activeId });
  const changes = new Map<string, FlowState>();
  for (const [id, state] of next) {
    const was = current.get(id);
    if (!was || was.inForce !== state.inForce || was.active !== state.active) changes.set(id, state);
  }
  for (const [id, was] of current) if (!next.has(id) && (was.inForce || was.active)) changes.set(id, { inForce: false, active: false });
  return changes;
}
