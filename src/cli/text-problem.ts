/** Most of a file read to decide whether it is text, in bytes. */
const SNIFF_BYTES = 8192;

/**
 * Why `bytes` cannot be read as a text or HTML file, or undefined when they can: empty, or
 * binary (a NUL byte, or invalid UTF-8, in the first 8 KB: an image, an archive, a program).
 */
export function textProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'is empty';
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return 'is not a text or HTML file (it holds binary data)';
  try {
    // A multi-byte character cut at the sniff's end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
  } catch {
    return 'is not UTF-8 text (save the page as UTF-8 and try again)';
  }
  return undefined;
}
