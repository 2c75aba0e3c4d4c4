import { importSettings, sizeProblem, type ImportResult } from '../../settings/import-export';

/** Name of an exported settings file. */
export const SETTINGS_FILE_NAME = 'summit-lens-settings.json';

/**
 * Offers `text` as a JSON file download named `name` (a link with `download`, so no
 * downloads permission is needed).
 */
export function downloadText(doc: Document, text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Firefox starts the download asynchronously; revoke only once it has the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a settings file the reader picked (importSettings); one too large is not read. */
export async function importPickedFile(file: Blob): Promise<ImportResult> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  return importSettings(await file.text());
}
