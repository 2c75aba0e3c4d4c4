import { format, resolveConfig } from 'prettier';

/**
 * The canonical text of a curated JSON file: its value serialised compactly, then laid out
 * by Prettier with the project's config (objects and lists on one line when they fit in
 * the print width, one item per line when not), ending in a newline. A curated file is
 * well-formed when it equals `formatCurated(JSON.parse(itself), path)`; that is also what
 * `npm run format:check` expects of it. Node only (Prettier is a dev dependency).
 */
export async function formatCurated(value: unknown, filePath: string): Promise<string> {
  const config = (await resolveConfig(filePath)) ?? {};
  return format(JSON.stringify(value), { ...config, parser: 'json', filepath: filePath });
}

/** `entries` sorted by id, in plain code-unit order, as every curated file must be. */
export function sortById<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
