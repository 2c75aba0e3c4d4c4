import { describe, expect, it } from 'vitest';
import { relevanceLine } from '@/src/ui/relevance-line';
import { tr } from './messages';

const names: Record<string, string> = {
  ukraine: 'Ukraine',
  'reassurance-force': 'reassurance force',
  'emmanuel-macron': 'Emmanuel Macron',
};
const line = (summary: Parameters<typeof relevanceLine>[0]) =>
  relevanceLine(summary, tr, (id) => names[id] ?? id, 'en');

describe('relevanceLine', () => {
  it('names what made a summit page, in the reader’s words', () => {
    const reasons = ['ukraine', 'reassurance-force', 'emmanuel-macron'];
    expect(line({ relevant: true, reasons })).toBe(
      'Taken to be about the Paris summit: it mentions Ukraine, reassurance force, Emmanuel Macron.',
    );
  });

  it('says in which language a page was read, when it is not English', () => {
    const summary = { relevant: true, reasons: ['ukraine'] };
    const french = { lang: 'fr', read: true, declared: true } as const;
    expect(line({ ...summary, language: french })).toMatch(/ Read in French\.$/);
    expect(line({ ...summary, language: { ...french, lang: 'en' } })).not.toMatch(/Read in/);
  });

  it('says why a page in a language it does not read was left alone', () => {
    const italian = { lang: 'it', read: false, declared: true } as const;
    expect(line({ relevant: false, reasons: [], language: italian })).toBe(
      'Left alone: the page is in Italian, a language Summit Lens does not read yet.',
    );
  });
});
