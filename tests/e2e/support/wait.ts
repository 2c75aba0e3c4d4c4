/**
 * Polls `probe` every `intervalMs` until `done` holds for its value, and returns that value;
 * after `timeoutMs`, throws naming `what` and the last value seen. The one polling loop of
 * the e2e helpers: a test waits for the state it needs, never for a fixed time.
 */
export async function waitUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { what = 'the condition', timeoutMs = 10_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`${what} not reached in ${timeoutMs} ms; last seen ${shown(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A value as JSON, or as a string when it has no JSON form (a cycle, a browser handle). */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
