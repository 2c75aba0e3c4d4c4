import { describe, expect, it } from 'vitest';
import type { ActorMatch, FigureMatch } from '@/src/matching/types';
import { createPageControl, highlightsByDefault, switchOptions } from '@/src/content/page-control';
import type { HighlightSwitch, SwitchOptions } from '@/src/content/highlight-switch';
import { DEFAULT_SETTINGS, type Settings, type WhenMode } from '@/src/settings/schema';

const settings = (changes: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  ...changes,
});

describe('highlightsByDefault', () => {
  it.each<[WhenMode, boolean, boolean]>([
    ['summit', true, true],
    ['summit', false, false],
    ['every', true, true],
    ['every', false, true],
    ['asked', true, false],
    ['asked', false, false],
  ])('when=%s, relevant=%s: %s', (when, relevant, on) => {
    expect(highlightsByDefault(settings({ when }), 'news.example', relevant)).toBe(on);
  });

  it.each<WhenMode>(['summit', 'every', 'asked'])('always-on sites win over when=%s', (when) => {
    const s = settings({ when, alwaysOn: ['news.example'] });
    expect(highlightsByDefault(s, 'www.news.example', false)).toBe(true);
  });

  it.each<WhenMode>(['summit', 'every', 'asked'])('never-on sites win over when=%s', (when) => {
    const s = settings({ when, neverOn: ['news.example'] });
    expect(highlightsByDefault(s, 'news.example', true)).toBe(false);
  });
});

describe('switchOptions', () => {
  const person: ActorMatch = { kind: 'person', id: 'p', start: 0, end: 1, text: 'p' };
  const figure = { kind: 'figure', id: 'f', status: 'disputed' } as FigureMatch;

  it('shows only the enabled kinds', () => {
    const { show } = switchOptions(
      settings({ kinds: { ...DEFAULT_SETTINGS.kinds, person: false } }),
    );
    expect([person, figure].filter(show!)).toEqual([figure]);
  });

  it('passes hover cards, colours, contrast, flags and every-mention through', () => {
    const options = switchOptions(
      settings({
        hoverCards: false,
        highContrast: true,
        disputedFlags: false,
        everyMention: true,
        colours: { ...DEFAULT_SETTINGS.colours, person: '#010203' },
      }),
    );
    expect(options.cards).toBe(false);
    expect(options.look).toEqual({
      colours: { ...DEFAULT_SETTINGS.colours, person: '#010203' },
      highContrast: true,
      disputedFlags: false,
      everyMention: true,
    });
  });
});

/** A highlighting that records what happens to it. */
function recordingSwitches() {
  const made: { options: SwitchOptions; calls: string[] }[] = [];
  const makeSwitch = (options: SwitchOptions): HighlightSwitch => {
    const record = { options, calls: [] as string[] };
    made.push(record);
    let on = false;
    return {
      get isOn() {
        return on;
      },
      navigator: undefined,
      on: () => {
        if (!on) record.calls.push('on');
        on = true;
      },
      off: () => {
        if (on) record.calls.push('off');
        on = false;
      },
    };
  };
  return { made, makeSwitch };
}

describe('createPageControl', () => {
  it('starts as the settings say', () => {
    for (const [when, relevant, on] of [
      ['summit', true, true],
      ['summit', false, false],
      ['every', false, true],
      ['asked', true, false],
    ] as const) {
      const { makeSwitch } = recordingSwitches();
      const control = createPageControl(makeSwitch, 'news.example', settings({ when }));
      control.start(relevant);
      expect(control.isOn, `${when} ${relevant}`).toBe(on);
    }
  });

  it('does nothing before start, then redraws with a fresh highlighting on each change', () => {
    const { made, makeSwitch } = recordingSwitches();
    const control = createPageControl(makeSwitch, 'news.example', settings());
    control.update(settings({ highContrast: true }));
    expect(control.isOn).toBe(false);
    control.start(true);
    control.update(settings({ kinds: { ...DEFAULT_SETTINGS.kinds, place: false } }));
    expect(made.map((highlighting) => highlighting.calls)).toEqual([[], ['on', 'off'], ['on']]);
    expect(made[2]!.options.show!({ kind: 'place' } as ActorMatch)).toBe(false);
  });

  it('switches off live when the site goes on the never list, and back on when it leaves', () => {
    const { makeSwitch } = recordingSwitches();
    const control = createPageControl(makeSwitch, 'news.example', settings());
    control.start(true);
    control.update(settings({ neverOn: ['news.example'] }));
    expect(control.isOn).toBe(false);
    control.update(settings());
    expect(control.isOn).toBe(true);
  });

  it('keeps a request made on the tab across unrelated changes', () => {
    const { makeSwitch } = recordingSwitches();
    const control = createPageControl(makeSwitch, 'news.example', settings({ when: 'asked' }));
    control.start(true);
    control.request(true);
    expect(control.isOn).toBe(true);
    control.update(settings({ when: 'asked', highContrast: true }));
    expect(control.isOn).toBe(true);
    control.request(false);
    control.update(settings({ when: 'asked', hoverCards: false }));
    expect(control.isOn).toBe(false);
  });

  it.each<[string, Partial<Settings>]>([
    ['when', { when: 'every' }],
    ['the always-on list', { alwaysOn: ['other.example'] }],
    ['the never-on list', { neverOn: ['news.example'] }],
  ])('lets a change to %s override a request made on the tab', (_, change) => {
    const { makeSwitch } = recordingSwitches();
    const control = createPageControl(makeSwitch, 'news.example', settings());
    control.start(false);
    control.request(true);
    control.update(settings(change));
    expect(control.isOn).toBe(highlightsByDefault(settings(change), 'news.example', false));
    expect(control.isOn).toBe(change.when === 'every');
  });

  it('does nothing for settings equal to the current ones', () => {
    const { made, makeSwitch } = recordingSwitches();
    const control = createPageControl(makeSwitch, 'news.example', settings());
    control.start(true);
    expect(control.update(structuredClone(settings()))).toBe(false);
    expect(control.update(settings({ highContrast: true }))).toBe(true);
    expect(made).toHaveLength(2);
  });

  it('stop switches off', () => {
    const { makeSwitch } = recordingSwitches();
    const control = createPageControl(makeSwitch, 'news.example', settings());
    control.start(true);
    control.stop();
    expect(control.isOn).toBe(false);
  });
});
