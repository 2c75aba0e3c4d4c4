/** Reverts a side effect. Calling it again does nothing. */
export type Undo = () => void;

/** An Undo that does nothing, for calls that changed nothing. */
export const NOTHING_TO_UNDO: Undo = () => undefined;

/** Wraps `undo` so that only its first call runs. */
export function once(undo: Undo): Undo {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    undo();
  };
}
