import type { Run } from './marked-runs';

/** Text with its matched runs in `<mark>`; every run is rendered as a text node. */
export function MarkedText({ runs }: { runs: readonly Run[] }) {
  return <>{runs.map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : run.text))}</>;
}
