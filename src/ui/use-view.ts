import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Which screen the popup shows. */
export type View = { name: 'home' } | { name: 'item'; id: string };

const HOME: View = { name: 'home' };

/** The popup's scrollers: its body, and the viewport when the popup lacks room (style.css). */
const popupScrollers = (): Element[] =>
  [document.body, document.scrollingElement].filter((el): el is Element => el !== null);

/**
 * The popup's current view, `initial` at first (default home). Opening a view from home
 * remembers the focused control and how far home was scrolled, and starts the view at its
 * top; going back home puts the scroll back and the focus on that control. `scrollers` are
 * the elements that scroll (default: the popup's).
 */
export function useView(initial: View = HOME, scrollers = popupScrollers) {
  const [view, setView] = useState<View>(initial);
  const opener = useRef<HTMLElement | null>(null);
  const homeScroll = useRef<number[]>([]);
  useLayoutEffect(() => {
    const home = view.name === 'home';
    scrollers().forEach((el, i) => (el.scrollTop = home ? (homeScroll.current[i] ?? 0) : 0));
    if (home) opener.current?.focus({ preventScroll: true });
  }, [view, scrollers]);
  const open = (next: View) => {
    if (view.name === 'home') {
      if (document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
      homeScroll.current = scrollers().map((el) => el.scrollTop);
    }
    setView(next);
  };
  return { view, open, back: () => setView(HOME) };
}
