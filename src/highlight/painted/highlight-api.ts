/**
 * The part of the CSS Custom Highlight API the painted renderer uses: the document's registry
 * (`CSS.highlights`) and a way to make a highlight. Passed in, so tests can hand a fake.
 */
export interface HighlightApi {
  registry: Pick<HighlightRegistry, 'set' | 'delete' | 'get'>;
  create(): Highlight;
}

/** The browser's API, or undefined where it has none (Firefox before 140). */
export function browserHighlightApi(): HighlightApi | undefined {
  const scope = globalThis as { CSS?: { highlights?: HighlightRegistry }; Highlight?: unknown };
  const registry = scope.CSS?.highlights;
  if (!registry || typeof scope.Highlight !== 'function') return undefined;
  return { registry, create: () => new Highlight() };
}
