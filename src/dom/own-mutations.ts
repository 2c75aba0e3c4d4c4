import type { Undo } from './undo';

/** An observer of the page that must not mistake our own DOM changes for the page's. */
export interface MutationSink {
  /** Handles the records queued so far: they are the page's. */
  flush(): void;
  /** Drops the records queued since the last flush: they are ours. */
  discard(): void;
}

const sinks = new Set<MutationSink>();

/** Registers `sink` with withOwnMutations until the returned Undo runs. */
export function registerMutationSink(sink: MutationSink): Undo {
  sinks.add(sink);
  return () => sinks.delete(sink);
}

/**
 * Runs `change`, a synchronous DOM change of ours: registered observers first take the page's
 * pending records, then drop whatever `change` caused. Records are attributed exactly, with no
 * timing guess and no marker on the page's nodes.
 */
export function withOwnMutations<T>(change: () => T): T {
  for (const sink of sinks) sink.flush();
  try {
    return change();
  } finally {
    for (const sink of sinks) sink.discard();
  }
}
