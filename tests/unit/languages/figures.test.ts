import matcherData from 'virtual:summit-matcher';
import { describe, expect, it } from 'vitest';
import { createScanner } from '@/src/matching';

/** The figures a scan of `text` in `language` finds: text, value, qualifier, verdict. */
const figures = (text: string, language: string) =>
  createScanner(matcherData, { language })
    .scan(text)
    .flatMap((m) =>
      m.kind === 'figure' ? [[m.text, m.value, m.qualifier, m.status, m.figureId ?? '-']] : [],
    );

describe('figures in French', () => {
  it.each([
    [
      'Vingt-six pays se sont engagés à fournir des troupes à la force de réassurance.',
      ['Vingt-six pays', 26, 'exact', 'agrees', 'countries-committed'],
    ],
    [
      'Une quarantaine de dirigeants étaient réunis à l’Élysée.',
      ['Une quarantaine de dirigeants', 40, 'about', 'disputed', 'leaders-attending'],
    ],
    [
      'La coalition des volontaires, qui réunit une trentaine de pays, a salué l’accord.',
      ['une trentaine de pays', 30, 'about', 'agrees', 'coalition-size'],
    ],
    [
      'Trois ans et demi après l’invasion russe, Kiev attend.',
      ['Trois ans et demi', 3.5, 'exact', 'agrees', 'years-since-invasion'],
    ],
    [
      'Washington a approuvé la vente de 3\u202f350 missiles ERAM.',
      ['3\u202f350 missiles', 3350, 'exact', 'agrees', 'eram-missiles'],
    ],
    [
      'Les missiles ERAM coûteront 825 millions de dollars.',
      ['825 millions de dollars', 825e6, 'exact', 'agrees', 'eram-price'],
    ],
    [
      'Trente et un pays se sont engagés à déployer des troupes en Ukraine.',
      ['Trente et un pays', 31, 'exact', 'disputed', 'countries-committed'],
    ],
    [
      'Deux démineurs du Conseil danois pour les réfugiés ont été tués près de Tchernihiv.',
      ['Deux démineurs', 2, 'exact', 'agrees', 'aid-workers-killed'],
    ],
    [
      'Tchernihiv, à environ 125 km au nord de Kiev.',
      ['environ 125 km', 125, 'about', 'agrees', 'chernihiv-distance'],
    ],
    ['Depuis 3,5 ans de guerre.', ['3,5 ans', 3.5, 'exact', 'agrees', 'years-since-invasion']],
  ])('%s', (text, expected) => {
    expect(figures(text, 'fr')).toContainEqual(expected);
  });

  it('gives no verdict to numbers about something else', () => {
    const text =
      'La rénovation des piscines coûtera 825 millions d’euros ; 26 piscines et 35 communes sont concernées.';
    expect(figures(text, 'fr').map(([, , , status]) => status)).toEqual(['unknown']);
  });

  it('reads a part against its whole as the part: 26 des 35 pays', () => {
    const text = '26 des 35 pays se sont engagés à contribuer à la force de réassurance.';
    expect(figures(text, 'fr')).toEqual([
      ['26 des 35 pays', 26, 'exact', 'agrees', 'countries-committed'],
    ]);
  });
});

describe('figures in German', () => {
  it.each([
    [
      'Sechsundzwanzig Staaten haben zugesagt, sich an einer Rückversicherungstruppe zu beteiligen.',
      ['Sechsundzwanzig Staaten', 26, 'exact', 'agrees', 'countries-committed'],
    ],
    [
      'An dem Treffen nahmen 35 Staats- und Regierungschefs teil.',
      ['35 Staats- und Regierungschefs', 35, 'exact', 'agrees', 'leaders-attending'],
    ],
    [
      'Zum Gipfel kamen rund 40 Staats- und Regierungschefs.',
      ['rund 40 Staats- und Regierungschefs', 40, 'about', 'disputed', 'leaders-attending'],
    ],
    [
      'Die Koalition der Willigen umfasst rund 30 Länder.',
      ['rund 30 Länder', 30, 'about', 'agrees', 'coalition-size'],
    ],
    [
      'Fast dreieinhalb Jahre nach Beginn der russischen Invasion.',
      ['Fast dreieinhalb Jahre', 3.5, 'nearly', 'agrees', 'years-since-invasion'],
    ],
    [
      'Die USA liefern 3350 ERAM-Raketen.',
      ['3350 ERAM-Raketen', 3350, 'exact', 'agrees', 'eram-missiles'],
    ],
    [
      'Die USA liefern 3.350 Marschflugkörper.',
      ['3.350 Marschflugkörper', 3350, 'exact', 'agrees', 'eram-missiles'],
    ],
    [
      'Die ERAM-Raketen kosten 825 Millionen Dollar.',
      ['825 Millionen Dollar', 825e6, 'exact', 'agrees', 'eram-price'],
    ],
    [
      '26 der 35 Staaten sagten Truppen für die Ukraine zu.',
      ['26 der 35 Staaten', 26, 'exact', 'agrees', 'countries-committed'],
    ],
    [
      'Zwei Mitarbeiter des Dänischen Flüchtlingsrats wurden durch eine Mine getötet.',
      ['Zwei Mitarbeiter', 2, 'exact', 'agrees', 'aid-workers-killed'],
    ],
    [
      'Tschernihiw liegt rund 125 Kilometer nördlich von Kiew.',
      ['rund 125 Kilometer', 125, 'about', 'agrees', 'chernihiv-distance'],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text, 'de')).toContainEqual(expected);
  });

  it('reads money with its sign after the amount, and gives no verdict to a city’s budget', () => {
    expect(
      figures('Der Haushalt umfasst 825 Millionen Euro, davon 1,1 Mrd. € Kredite.', 'de'),
    ).toEqual([
      ['825 Millionen Euro', 825e6, 'exact', 'unknown', '-'],
      ['1,1 Mrd. €', 1.1e9, 'exact', 'unknown', '-'],
    ]);
  });

  it('takes a number for a figure only with its counted noun: 32 Mitgliedstaaten is not the 26', () => {
    const text = 'Die Nato hat 32 Mitgliedstaaten, 26 Länder sagten Soldaten zu.';
    expect(figures(text, 'de').map(([said, , , status]) => `${said}: ${status}`)).toEqual([
      '32 Mitgliedstaaten: unknown',
      '26 Länder: agrees',
    ]);
  });
});
