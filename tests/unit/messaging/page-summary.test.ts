import { describe, expect, it } from 'vitest';
import { badgeCount } from '@/src/messaging/page-summary';

describe('badgeCount', () => {
  it('counts the distinct items a page mentions', () => {
    const items = [
      { id: 'b', kind: 'person', count: 2 },
      { id: 'a', kind: 'person', count: 1 },
    ] as const;
    expect(badgeCount({ items })).toBe(2);
    expect(badgeCount({ items: [] })).toBe(0);
  });
});
