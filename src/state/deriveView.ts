import type { StoryEvent } from '../data/types.ts';
import type { FlowMark } from '../marks/prepareFlows.ts';
import type { EventMark } from '../marks/pointMarks.ts';
import { eventAnnouncement, mapSummary } from './announcements.ts';
import { chinaControls, contextEventsUpTo, currentEvent, dealsInForce, isControlStep } from './selectors.ts';
import type { ViewState } from './store.ts';
import type { StoryModel } from './storyModel.ts';

/** Everything the renderers draw and say for one view state. */
export interface View {
  /** The event whose card is shown, and which the camera frames. */
  readonly current: StoryEvent | null;
  /** The deal or event drawn on top: the one under the pointer, else the current one. */
  readonly activeId: string | null;
  /** Deal lines in force at the date. */
  readonly flows: readonly FlowMark[];
  /** China's latest control step, then the other context events reached. */
  readonly eventMarks: readonly EventMark[];
  /** ISO ids of the basemap labels that a marker already names. */
  readonly hiddenLabels: readonly string[];
  /** What the map shows, in words (#map-summary). */
  readonly summary: string;
  /** What the live region says when the story reaches the current event. */
  readonly announcement: string | null;
}

/**
 * The one derivation from (story, inputs) to what is drawn. Memoized per input: a value
 * that depends on the date alone is the same object until the date changes what it
 * holds, so a subscriber with Object.is equality wakes only when its slice really changes
 * (a hover rebuilds nothing but `activeId`).
 */
export function viewDeriver(model: StoryModel): (state: ViewState) => View {
  const lastOf = <T>(key: string, cache: Map<string, T>, make: () => T): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    cache.clear();
    cache.set(key, value);
    return value;
  };
  const flowsCache = new Map<string, readonly FlowMark[]>();
  const marksCache = new Map<string, readonly EventMark[]>();
  const labelsCache = new Map<string, readonly string[]>();
  const summaryCache = new Map<string, string>();
  let last: { state: ViewState; view: View } | null = null;

  return (state) => {
    if (last && last.state.date === state.date && last.state.selectedId === state.selectedId && last.state.hoverId === state.hoverId) return last.view;
    const { events } = model;
    const inForce = dealsInForce(events, state.date);
    const flowsKey = inForce.map((e) => e.id).join(',');
    const flows = lastOf(flowsKey, flowsCache, () => model.flows.filter((f) => inForce.some((e) => e.id === f.id)));
    const controls = chinaControls(events, state.date);
    const context = contextEventsUpTo(events, state.date).filter((e) => !isControlStep(e));
    const shown = [...(controls ? [controls] : []), ...context];
    const eventMarks = lastOf(shown.map((e) => e.id).join(','), marksCache, () => shown.map((e) => model.eventMarks.get(e.id)!));
    const isos = [...new Set(inForce.flatMap((e) => e.parties.map((p) => model.partyIso.get(p))))].filter((v): v is string => typeof v === 'string').sort();
    const hiddenLabels = lastOf(isos.join(','), labelsCache, () => isos);
    const summary = lastOf(state.date, summaryCache, () => mapSummary(events, state.date, model.partyName, model.origin?.name ?? null));
    const current = currentEvent(events, state);
    const prev = last?.view;
    const view: View = {
      current,
      activeId: state.hoverId ?? current?.id ?? null,
      flows,
      eventMarks,
      hiddenLabels,
      summary,
      announcement: current === prev?.current ? prev.announcement : current ? eventAnnouncement(current) : null,
    };
    last = { state, view };
    return view;
  };
}
