/** Cancels a scheduled task; calling it after the task ran does nothing. */
export type Cancel = () => void;

/**
 * Runs `task` in a task of its own, as soon as the browser has handled what is waiting
 * (input, rendering): a message to a MessageChannel port, which, unlike setTimeout, is not
 * clamped to 4 ms when chained. Falls back to setTimeout where MessageChannel is missing.
 */
export function nextTask(task: () => void): Cancel {
  if (typeof MessageChannel !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) task();
  };
  channel.port2.postMessage(undefined);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
