import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleContext } from '@/src/ui/locale';
import { ReportName } from '@/src/ui/ReportName';

const report = { id: 'afp', source: 'AFP', date: '2025-09-04' };

afterEach(cleanup);

describe('ReportName', () => {
  it('writes the date in the locale its page provides', () => {
    const { container } = render(
      <LocaleContext.Provider value="fr">
        <ReportName report={report} withDate />
      </LocaleContext.Provider>,
    );
    expect(container.querySelector('time')?.textContent).toBe(
      new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date('2025-09-04T00:00:00Z'),
      ),
    );
    expect(container.querySelector('time')?.textContent).toMatch(/sept/);
  });

  it('gives the source alone without `withDate`', () => {
    const { container } = render(<ReportName report={report} />);
    expect(container.textContent).toBe('AFP');
  });
});
