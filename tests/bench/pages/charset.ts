/**
 * The charset an HTML file declares (`<meta charset>` or the http-equiv content type) in its
 * first 4 KB, lower-cased; `utf-8` when it declares none.
 */
export function sniffCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const found = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return found ? found[1]!.toLowerCase() : 'utf-8';
}
