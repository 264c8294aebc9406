import { actorOf } from '../../marks/pointMarks.ts';
import type { StoryEvent } from '../../data/types.ts';
import type { ViewStore, ViewState } from '../../state/store.ts';
import { goToEvent, setDate, setPlaying, step } from '../../state/actions.ts';
import { addDays } from '../../time/dates.ts';
import type { StoryTimeScale } from '../../time/storyTimeScale.ts';
import { h } from '../../dom/h.ts';
import { formatDate, t } from '../../i18n/locale.ts';

const STEPS = 1000;

export interface TimelineOptions {
  readonly events: readonly StoryEvent[];
  readonly scale: StoryTimeScale;
  /** The event whose card is shown in a view state (src/state/deriveView.ts). */
  readonly current: (state: ViewState) => StoryEvent | null;
  /** Where the readable date goes (the map's corner in an embed, to save a line); beside the track by default. */
  readonly dateParent?: HTMLElement;
}

/**
 * The timeline: a native range input (so keyboards, screen readers and forced colours
 * work as they do everywhere), on a scale that gives busy weeks room and quiet months
 * little; a tick per event, previous/next, play/pause and the readable date.
 * Keys, as the WAI-ARIA slider pattern and every native range input have them: ←/→ a day,
 * Page Up the next (later) event and Page Down the previous one, Home/End the first/last event.
 */
export function mountTimeline(parent: HTMLElement, store: ViewStore, o: TimelineOptions): () => void {
  const { events, scale } = o;
  const input = h('input', {
    type: 'range',
    id: 'timeline',
    min: 0,
    max: STEPS,
    step: 1,
    'aria-label': t('timeline.slider'),
    'aria-describedby': 'timeline-keys',
  });
  // The instructions: read as the slider's description. `hidden` yet referenced, so screen
  // readers read it (accessible-name rules include hidden nodes named by id) and sighted
  // readers are not given a line of key help under every timeline.
  const keys = h('p', { id: 'timeline-keys', hidden: true }, t('timeline.keys'));
  const dateText = h('output', { id: 'timeline-date', for: 'timeline', class: 'timeline-date' });
  const play = h(
    'button',
    { type: 'button', id: 'play', class: 'tl-button', 'aria-label': t('timeline.play') },
    h('span', { 'aria-hidden': 'true', class: 'icon' }, '▶'),
  );
  const prev = h(
    'button',
    { type: 'button', id: 'prev-event', class: 'tl-button', 'aria-label': t('timeline.prev') },
    h('span', { 'aria-hidden': 'true' }, '‹'),
  );
  const next = h(
    'button',
    { type: 'button', id: 'next-event', class: 'tl-button', 'aria-label': t('timeline.next') },
    h('span', { 'aria-hidden': 'true' }, '›'),
  );

  // Ticks: events on the same day are stacked so each stays visible and clickable.
  const sameDay = new Map<string, number>();
  const ticks = events.map((e) => {
    const row = sameDay.get(e.date) ?? 0;
    sameDay.set(e.date, row + 1);
    const tick = h('button', {
      type: 'button',
      tabindex: -1,
      class: `tick kind-${e.deal ? 'deal' : e.kind} actor-${actorOf(e)}`,
      'data-event-id': e.id,
      title: t('timeline.tick', { date: formatDate(e.date, 'short'), title: e.title }),
      'aria-hidden': 'true',
    });
    // CSSOM, not a style="" attribute: the page's CSP (style-src 'self') blocks the latter.
    tick.style.setProperty('left', `${(scale(e.date) * 100).toFixed(3)}%`);
    tick.style.setProperty('--row', String(row));
    tick.addEventListener('click', () => goToEvent(store, e));
    return tick;
  });
  const months = monthLabels(scale);
  const track = h('div', { class: 'track' }, input, h('div', { class: 'ticks' }, ...ticks), h('div', { class: 'months', 'aria-hidden': 'true' }, ...months));
  parent.append(h('div', { class: 'tl-buttons' }, play, prev), track, next, keys);
  (o.dateParent ?? parent).append(dateText);

  input.addEventListener('input', () => setDate(store, scale.invert(Number(input.value) / STEPS)));
  input.addEventListener('keydown', (event) => {
    const s = store.getState();
    const move = (date: string) => setDate(store, clampDate(date, scale));
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        move(addDays(s.date, 1));
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        move(addDays(s.date, -1));
        break;
      case 'PageUp':
        step(store, events, 1);
        break;
      case 'PageDown':
        step(store, events, -1);
        break;
      case 'Home':
        if (events[0]) goToEvent(store, events[0]);
        break;
      case 'End':
        if (events.at(-1)) goToEvent(store, events.at(-1)!);
        break;
      default:
        return;
    }
    event.preventDefault();
    setPlaying(store, false);
  });
  prev.addEventListener('click', () => {
    setPlaying(store, false);
    step(store, events, -1);
  });
  next.addEventListener('click', () => {
    setPlaying(store, false);
    step(store, events, 1);
  });
  play.addEventListener('click', () => setPlaying(store, !store.getState().playing));

  function render(s: ViewState): void {
    const current = o.current(s);
    const onDay = current && current.date === s.date ? current : null;
    input.value = String(Math.round(scale(s.date) * STEPS));
    const text = formatDate(s.date);
    input.setAttribute('aria-valuetext', onDay ? t('timeline.valueOnEvent', { date: text, title: onDay.title }) : text);
    dateText.textContent = formatDate(s.date, 'weekday');
    for (const tick of ticks) {
      const id = tick.dataset.eventId;
      const e = events.find((x) => x.id === id)!;
      tick.classList.toggle('is-past', e.date <= s.date);
      tick.classList.toggle('is-current', current?.id === id);
    }
    play.setAttribute('aria-label', s.playing ? t('timeline.pause') : t('timeline.play'));
    play.setAttribute('aria-pressed', String(s.playing));
    play.querySelector('.icon')!.textContent = s.playing ? '❚❚' : '▶';
    prev.disabled = !events.some((e) => e.date < s.date || (e.date === s.date && current !== null && events.indexOf(e) < events.indexOf(current)));
    next.disabled = !events.some((e) => e.date > s.date || (e.date === s.date && current !== null && events.indexOf(e) > events.indexOf(current)));
  }

  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    dateText.remove();
    parent.replaceChildren();
  };
}

function clampDate(date: string, scale: StoryTimeScale): string {
  return date < scale.start ? scale.start : date > scale.end ? scale.end : date;
}

/**
 * Month names under the track where a month starts inside the timeline; the first shown in
 * each year carries the year ("Apr 2025", "Jan 2026"), so a story over two years reads.
 */
function monthLabels(scale: StoryTimeScale): HTMLElement[] {
  const months: { at: string; year: number; left: number }[] = [];
  let [y, m] = scale.start.split('-').map(Number) as [number, number];
  for (;;) {
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > scale.end) break;
    const at = iso < scale.start ? scale.start : iso;
    months.push({ at, year: y, left: scale(at) * 100 });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  // Drop labels that would overlap (the quiet months squeezed together); a label with its
  // year is wider, so the next one keeps further off.
  const out: HTMLElement[] = [];
  let last: { left: number; year: number; withYear: boolean } | null = null;
  for (const month of months) {
    if (last && month.left - last.left < (last.withYear ? 24 : 11)) continue;
    const withYear: boolean = last === null || month.year !== last.year;
    const label = h('span', {}, h('span', { class: 'month' }, formatDate(month.at, withYear ? 'monthYearShort' : 'month')));
    label.style.setProperty('left', `${month.left.toFixed(3)}%`);
    out.push(label);
    last = { left: month.left, year: month.year, withYear };
  }
  return out;
}
