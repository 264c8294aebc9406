/**
 * When a reader opens an event from a map marker with the keyboard (Enter or Space), focus
 * moves to the card's title, so a screen reader reads what was opened; Escape in the card
 * then returns focus to the marker (src/ui/card.ts remembers where focus came from).
 * Pointer clicks leave focus alone. Listens on the map, after the marker's own handler.
 */
export function focusCardOnSelect(map: HTMLElement, card: HTMLElement): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const marker = (event.target as Element).closest?.('.partner-marker, .event-marker');
    if (!marker || card.hidden) return;
    card.querySelector<HTMLElement>('#event-card-title')?.focus();
  };
  map.addEventListener('keydown', onKey);
  return () => map.removeEventListener('keydown', onKey);
}
