import { describe, expect, it } from 'vitest';
import { reportPath } from '@/src/ui/report-path';

describe('reportPath', () => {
  it("is the report page's path with the id in its query, escaped", () => {
    expect(reportPath('afp')).toBe('/report.html?id=afp');
    expect(reportPath('a b&c')).toBe('/report.html?id=a%20b%26c');
  });
});
