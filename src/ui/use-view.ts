import { useEffect, useRef, useState } from 'preact/hooks';

/** Which screen the popup shows. */
export type View = { name: 'home' } | { name: 'item'; id: string };

const HOME: View = { name: 'home' };

/**
 * The popup's current view, `initial` at first (default home). Opening a view from home
 * remembers the focused control; going back home returns the focus to it.
 */
export function useView(initial: View = HOME) {
  const [view, setView] = useState<View>(initial);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (view.name === 'home') opener.current?.focus();
  }, [view]);
  const open = (next: View) => {
    if (view.name === 'home' && document.activeElement instanceof HTMLElement) {
      opener.current = document.activeElement;
    }
    setView(next);
  };
  return { view, open, back: () => setView(HOME) };
}
