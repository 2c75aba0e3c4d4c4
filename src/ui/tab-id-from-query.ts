/**
 * The `tabId` query parameter of an extension page (`popup.html?tabId=12`), used by tests and
 * when the popup is opened in its own window. Anything but a non-negative integer is ignored.
 */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
