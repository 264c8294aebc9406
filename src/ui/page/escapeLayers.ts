/**
 * Escape closes the innermost open layer, and only that one: the embed dialog (modal, so
 * above everything), then the deal tooltip (WCAG 1.4.13: dismissible without moving the
 * pointer or focus), then the event card. Each layer registers how to tell it is open and
 * how to close it; one document listener asks them innermost first, closes the first that
 * is open and marks the key handled (preventDefault), so a native <dialog> does not also
 * cancel itself and no other listener acts on the same press. The order lives here, in one
 * place, rather than in which module happened to add its listener first.
 */
export type EscapeLayer = 'dialog' | 'tooltip' | 'card';

const INNERMOST_FIRST: readonly EscapeLayer[] = ['dialog', 'tooltip', 'card'];

interface Entry {
  readonly layer: EscapeLayer;
  readonly isOpen: () => boolean;
  readonly close: () => void;
}

const entries = new Set<Entry>();

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  for (const layer of INNERMOST_FIRST) {
    for (const entry of entries) {
      if (entry.layer !== layer || !entry.isOpen()) continue;
      event.preventDefault();
      entry.close();
      return;
    }
  }
}

/** Registers a layer that Escape closes; returns the function that unregisters it. */
export function closeOnEscape(layer: EscapeLayer, isOpen: () => boolean, close: () => void): () => void {
  const entry: Entry = { layer, isOpen, close };
  if (entries.size === 0) document.addEventListener('keydown', onKeyDown);
  entries.add(entry);
  return () => {
    entries.delete(entry);
    if (entries.size === 0) document.removeEventListener('keydown', onKeyDown);
  };
}
