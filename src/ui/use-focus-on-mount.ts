import { useEffect, useRef } from 'preact/hooks';

/** A ref whose element takes the focus when it mounts, and again when `key` changes. */
export function useFocusOnMount<T extends HTMLElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}
