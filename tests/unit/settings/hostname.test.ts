import { describe, expect, it } from 'vitest';
import { onSiteList, siteHostname } from '@/src/settings/hostname';

describe('siteHostname', () => {
  it.each([
    ['lemonde.fr', 'lemonde.fr'],
    ['  WWW.LeMonde.FR ', 'www.lemonde.fr'],
    ['https://www.bbc.co.uk/news/world?x=1#y', 'www.bbc.co.uk'],
    ['http://127.0.0.1:8080/page', '127.0.0.1'],
    ['*.example.com', 'example.com'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['localhost', 'localhost'],
    ['example.com.', 'example.com'],
    ['[::1]', '[::1]'],
  ])('reads %j as %j', (input, host) => expect(siteHostname(input)).toBe(host));

  it.each([
    '',
    '   ',
    'not a host',
    'ftp://example.com',
    'javascript:alert(1)',
    'a..b',
    'what?',
    'user@host.example',
    'host.example#x',
    'x'.repeat(64) + '.com',
  ])('refuses %j', (input) => expect(siteHostname(input)).toBeUndefined());
});

describe('onSiteList', () => {
  it.each([
    [['lemonde.fr'], 'lemonde.fr', true],
    [['lemonde.fr'], 'www.lemonde.fr', true],
    [['lemonde.fr'], 'notlemonde.fr', false],
    [['www.lemonde.fr'], 'lemonde.fr', false],
    [['127.0.0.1'], '127.0.0.1', true],
    [['0.0.1'], '127.0.0.1', false],
    [[], 'lemonde.fr', false],
  ])('%j covers %s: %s', (list, host, covered) => expect(onSiteList(list, host)).toBe(covered));
});
