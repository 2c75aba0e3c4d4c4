import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { exportSettings, SETTINGS_FORMAT } from '@/src/settings/import-export';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';
import { setLegendDismissed } from '@/src/messaging/legend-state';
import { loadSettings, saveSettings } from '@/src/settings/storage';
import { Options } from '@/src/ui/options/Options';
import { tr } from '../messages';

/** Renders the page and waits for the stored settings. */
async function open() {
  // As the options page's composition root (entrypoints/options/main.tsx) gives them.
  render(<Options t={tr} showLegendAgain={() => setLegendDismissed(false)} />);
  await screen.findByRole('heading', { name: 'Summit Lens settings' });
}

const stored = () => loadSettings();

const checked = (element: HTMLElement) => (element as HTMLInputElement).checked;

const pick = (content: string, name = 'settings.json') => {
  const input = document.getElementById('import-file') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

describe('Options', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the stored settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, when: 'every', neverOn: ['127.0.0.1'] });
    await open();
    expect(checked(screen.getByRole('radio', { name: 'Every page' }))).toBe(true);
    expect(checked(screen.getByRole('checkbox', { name: 'Highlight People' }))).toBe(true);
    expect(screen.getByText('127.0.0.1')).toBeTruthy();
  });

  it.each<[string, () => HTMLElement, Partial<Settings>]>([
    [
      'a kind',
      () => screen.getByRole('checkbox', { name: 'Highlight People' }),
      { kinds: { ...DEFAULT_SETTINGS.kinds, person: false } },
    ],
    ['when', () => screen.getByRole('radio', { name: 'Only when I ask' }), { when: 'asked' }],
    [
      'high contrast',
      () => screen.getByRole('checkbox', { name: 'High contrast' }),
      { highContrast: true },
    ],
    [
      'disputed flags',
      () => screen.getByRole('checkbox', { name: 'Flag figures that differ from the reports' }),
      { disputedFlags: false },
    ],
    [
      'hover cards',
      () => screen.getByRole('checkbox', { name: 'Hover cards' }),
      { hoverCards: false },
    ],
  ])('stores %s as soon as it is clicked', async (_, control, change) => {
    await open();
    fireEvent.click(control());
    await waitFor(async () => expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, ...change }));
  });

  it('stores a colour and shows it in the sample', async () => {
    await open();
    const input = screen.getByLabelText('Colour of People') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '#112233' } });
    await waitFor(async () => expect((await stored()).colours.person).toBe('#112233'));
    expect(document.querySelector('main style')!.textContent).toContain(
      '--summit-lens-person: #112233;',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restore the default colours' }));
    await waitFor(async () => expect((await stored()).colours).toEqual(DEFAULT_SETTINGS.colours));
  });

  it('adds and removes sites, and says when the input names none', async () => {
    await open();
    const field = screen.getByLabelText('Site to add to “Never highlight on”');
    fireEvent.input(field, { target: { value: 'https://127.0.0.1:8080/x' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(async () => expect((await stored()).neverOn).toEqual(['127.0.0.1']));
    fireEvent.input(field, { target: { value: 'what?' } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByRole('alert').textContent).toBe(
      '“what?” is not a site name or web address.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove 127.0.0.1' }));
    await waitFor(async () => expect((await stored()).neverOn).toEqual([]));
  });

  it('follows a change made elsewhere', async () => {
    await open();
    await saveSettings({ ...DEFAULT_SETTINGS, when: 'every' });
    await waitFor(() =>
      expect(checked(screen.getByRole('radio', { name: 'Every page' }))).toBe(true),
    );
  });

  it('imports a good file', async () => {
    await open();
    pick(exportSettings({ ...DEFAULT_SETTINGS, when: 'asked', alwaysOn: ['lemonde.fr'] }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Settings imported.'));
    expect(await stored()).toMatchObject({ when: 'asked', alwaysOn: ['lemonde.fr'] });
    expect(checked(screen.getByRole('radio', { name: 'Only when I ask' }))).toBe(true);
  });

  it.each([
    ['malformed', '{"format": "summit-lens-settings",', 'The file is not valid JSON'],
    [
      'hostile',
      `{"format":"${SETTINGS_FORMAT}","version":2,"__proto__":{"x":1}}`,
      'forbidden key "__proto__"',
    ],
    [
      'of an unknown version',
      `{"format":"${SETTINGS_FORMAT}","version":9}`,
      'version 9 is not one',
    ],
  ])('refuses a %s file with a clear message and keeps the settings', async (_, text, reason) => {
    const mine = { ...DEFAULT_SETTINGS, when: 'every' as const, neverOn: ['a.example'] };
    await saveSettings(mine);
    await open();
    pick(text);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Not imported, and your settings are unchanged\. /,
      ),
    );
    expect(screen.getByRole('status').textContent).toContain(reason);
    expect(await stored()).toEqual(mine);
  });

  it('refuses a huge file without reading it', async () => {
    await open();
    const input = document.getElementById('import-file') as HTMLInputElement;
    const file = new File(['x'], 'big.json');
    Object.defineProperty(file, 'size', { value: 50_000_000 });
    const text = vi.spyOn(file, 'text');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('too large'));
    expect(text).not.toHaveBeenCalled();
  });

  it('exports the settings as a JSON file download', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, when: 'asked' });
    await open();
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('summit-lens-settings.json');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export to a file' }));
    expect(click).toHaveBeenCalledOnce();
    expect(JSON.parse(await blob!.text())).toMatchObject({
      format: SETTINGS_FORMAT,
      when: 'asked',
    });
  });

  it('shows the page legend again on the next page, and says so', async () => {
    await fakeBrowser.storage.local.set({ legendDismissed: true });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Show the legend again' }));
    await screen.findByText('The legend will show on the next page Summit Lens highlights.');
    expect(await fakeBrowser.storage.local.get('legendDismissed')).toEqual({
      legendDismissed: false,
    });
  });

  it('restores all defaults', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, when: 'asked', highContrast: true });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Restore all defaults' }));
    await waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
  });

  it('says when storage refuses a change, and shows the stored settings again', async () => {
    await open();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'High contrast' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Your change could not be saved: QUOTA_BYTES_PER_ITEM quota exceeded',
      ),
    );
    expect(checked(screen.getByRole('checkbox', { name: 'High contrast' }))).toBe(false);
  });
});
