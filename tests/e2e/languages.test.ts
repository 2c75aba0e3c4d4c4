import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTargets } from './support/browsers';
import { tabIdOf } from './support/control';
import { launchWithExtension, openPopup, type ExtensionBrowser } from './support/launch';
import { mentionsOf, waitForMentions } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';

/** A French and a German story of the corpus, each read in a browser set to its language. */
const CASES = [
  {
    lang: 'fr',
    page: '/fr-afp-depeche-sep04.html',
    names: ['Poutine', 'force de réassurance', 'coalition des volontaires'],
    said: { heading: 'Personnes', readIn: 'Lue en français.', back: '← Retour' },
  },
  {
    lang: 'de',
    page: '/de-dpa-meldung-sep04.html',
    names: ['Selenskyj', 'Koalition der Willigen'],
    said: { heading: 'Personen', readIn: 'Gelesen auf Deutsch.', back: '← Zurück' },
  },
] as const;

describe.each(browserTargets())('French and German in $name', (target) => {
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/corpus/pages'));
  });

  afterAll(async () => {
    await server?.close();
  });

  describe.each(CASES)('a browser in $lang', ({ lang, page: file, names, said }) => {
    let ext: ExtensionBrowser;

    beforeAll(async () => {
      ext = await launchWithExtension(target, { locale: lang });
    });

    afterAll(async () => {
      await ext?.close();
    });

    it('highlights the story in its language, and the popup speaks it', async () => {
      const page = await ext.browser.newPage();
      await page.goto(server.url(file));
      await waitForMentions(page, 10);
      const shown = (await mentionsOf(page)).map((mention) => mention.text);
      for (const name of names) expect(shown, name).toContain(name);

      const popup = await openPopup(ext, await tabIdOf(ext, server.url(file)));
      await popup.waitForSelector('#on-this-page');
      const text = await popup.evaluate(() => document.body.innerText);
      expect(text).toContain(said.readIn);
      // A heading's text after its legend sample ("Aa").
      const headings = await popup.$$eval('.kind-heading', (hs) =>
        hs.map((h) => h.textContent?.replace(/^Aa/, '')),
      );
      expect(headings).toContain(said.heading);
      // A detail: the UI in the reader's language, the reports' words marked as English.
      await popup.click('[data-item-id="emmanuel-macron"] button');
      await popup.waitForSelector('.item-detail');
      expect(await popup.$eval('.back', (b) => b.textContent)).toBe(said.back);
      const quoted = await popup.$$eval('.says', (lists) =>
        lists.map((l) => l.getAttribute('lang')),
      );
      expect(quoted.length).toBeGreaterThan(0);
      expect(new Set(quoted)).toEqual(new Set(['en']));
      await popup.close();
      await page.close();
    });
  });
});
