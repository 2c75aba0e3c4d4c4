import { useEffect } from 'preact/hooks';

/**
 * Calls `onEscape` when Escape is pressed anywhere in the document, unless a control handled
 * it first (a lookup clearing its query calls preventDefault). No listener when undefined.
 */
export function useEscape(onEscape: (() => void) | undefined, target: EventTarget = document) {
  useEffect(() => {
    if (onEscape === undefined) return undefined;
    const listener = (event: Event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !event.defaultPrevented) onEscape();
    };
    target.addEventListener('keydown', listener);
    return () => target.removeEventListener('keydown', listener);
  }, [onEscape, target]);
}
