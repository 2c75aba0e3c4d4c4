import { describe, expect, it } from 'vitest';
import { rendererFor } from '@/src/content/gate';
import { DEFAULT_SETTINGS } from '@/src/settings/schema';

describe('the renderer the gate loads', () => {
  it('paints where the browser can, unless the reader asked for wrapped highlights', () => {
    expect(rendererFor(DEFAULT_SETTINGS, true)).toBe('painted');
    expect(rendererFor({ ...DEFAULT_SETTINGS, wrapHighlights: true }, true)).toBe('wrapped');
    expect(rendererFor(DEFAULT_SETTINGS, false)).toBe('wrapped');
  });
});
