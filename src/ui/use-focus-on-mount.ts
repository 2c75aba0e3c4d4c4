import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref whose element takes the focus when it mounts, and again when `key` changes: in a
 * layout effect, so the focus moves in the same frame the element appears (a plain effect
 * waits for the next animation frame, which a background popup tab may never get).
 */
export function useFocusOnMount<T extends HTMLElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => ref.current?.focus(), [key]);
  return ref;
}
