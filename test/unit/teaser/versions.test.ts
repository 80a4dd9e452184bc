import { describe, expect, test } from '@jest/globals';
import {
  CAPITALISED_PRODUCT_VERSION,
  DOTTED_VERSION,
  MAJOR_VERSION,
  NAMED_VERSION,
  PATCH_VERSION,
  PRODUCT_AND_VERSION,
  RELEASE_VERSION,
  VERSION_WORD,
} from '../../../src/teaser/versions.js';

const PATTERNS = {
  DOTTED_VERSION,
  VERSION_WORD,
  RELEASE_VERSION,
  PATCH_VERSION,
  NAMED_VERSION,
  PRODUCT_AND_VERSION,
  CAPITALISED_PRODUCT_VERSION,
  MAJOR_VERSION,
};
type Name = keyof typeof PATTERNS;

/** The patterns that find a version in `text`, by name (a global pattern searched from the start). */
function recognisedIn(text: string): Name[] {
  return Object.entries(PATTERNS)
    .filter(([, pattern]) => {
      pattern.lastIndex = 0;
      return pattern.test(text);
    })
    .map(([name]) => name as Name);
}

describe('a version, by what each pattern recognises in it', () => {
  test.each<[string, Name[]]>([
    // A patch release, with or without its «v», and what its «v» plus major also is.
    ['v1.2.3', ['DOTTED_VERSION', 'VERSION_WORD', 'RELEASE_VERSION', 'PATCH_VERSION', 'MAJOR_VERSION']],
    [
      'Istio 1.28.1',
      [
        'DOTTED_VERSION',
        'VERSION_WORD',
        'RELEASE_VERSION',
        'PATCH_VERSION',
        'NAMED_VERSION',
        'PRODUCT_AND_VERSION',
        'CAPITALISED_PRODUCT_VERSION',
      ],
    ],
    [
      'CoreDNS-1.12.4 Release',
      ['DOTTED_VERSION', 'VERSION_WORD', 'PATCH_VERSION', 'NAMED_VERSION', 'PRODUCT_AND_VERSION'],
    ],
    ['1.2.3rc1', ['DOTTED_VERSION', 'PATCH_VERSION']],
    // Under 0.x the third number is a minor's, and a major of four digits a year: no patch.
    [
      'Solidity 0.8.19',
      [
        'DOTTED_VERSION',
        'VERSION_WORD',
        'RELEASE_VERSION',
        'NAMED_VERSION',
        'PRODUCT_AND_VERSION',
        'CAPITALISED_PRODUCT_VERSION',
      ],
    ],
    [
      'Misskey v2026.3.0',
      [
        'DOTTED_VERSION',
        'VERSION_WORD',
        'RELEASE_VERSION',
        'PRODUCT_AND_VERSION',
        'CAPITALISED_PRODUCT_VERSION',
        'MAJOR_VERSION',
      ],
    ],
    ['tauri-egui 0.1.0', ['DOTTED_VERSION', 'VERSION_WORD', 'RELEASE_VERSION', 'NAMED_VERSION', 'PRODUCT_AND_VERSION']],
    // Four numbers are a release's too, but no patch's: its third number is not the last.
    ['1.2.3.4', ['DOTTED_VERSION', 'VERSION_WORD', 'RELEASE_VERSION']],
    // Two numbers without a «v» may be a web's or a standard's: no release by themselves.
    ['1.22', ['DOTTED_VERSION', 'VERSION_WORD']],
    ['2024.1', ['DOTTED_VERSION', 'VERSION_WORD']],
    [
      'Python 3.12',
      ['DOTTED_VERSION', 'VERSION_WORD', 'NAMED_VERSION', 'PRODUCT_AND_VERSION', 'CAPITALISED_PRODUCT_VERSION'],
    ],
    [
      'Web 2.0',
      ['DOTTED_VERSION', 'VERSION_WORD', 'NAMED_VERSION', 'PRODUCT_AND_VERSION', 'CAPITALISED_PRODUCT_VERSION'],
    ],
    ['Requires version 1.2', ['DOTTED_VERSION', 'VERSION_WORD', 'NAMED_VERSION', 'PRODUCT_AND_VERSION']],
    // A particle written right after the number leaves it a version at a word's start, no word of its own.
    [
      'Vite 4.3이 출시되었습니다!',
      ['DOTTED_VERSION', 'NAMED_VERSION', 'PRODUCT_AND_VERSION', 'CAPITALISED_PRODUCT_VERSION'],
    ],
    [
      // A colon may close a version standing as a word: «Gin 1.12.0: …» is a release's title (dev13).
      'Ruby 3.4.0: what is new',
      [
        'DOTTED_VERSION',
        'VERSION_WORD',
        'RELEASE_VERSION',
        'NAMED_VERSION',
        'PRODUCT_AND_VERSION',
        'CAPITALISED_PRODUCT_VERSION',
      ],
    ],
    // A date with dots has a version's shape, but announces no release and names no product's version.
    ['3.4.2025', ['DOTTED_VERSION', 'VERSION_WORD']],
    ['KCL Newsletter (2024.11.01 - 2024.11-14)', ['DOTTED_VERSION']],
    ['2026-03', []],
    // A major alone, and a name with a number and no dot.
    ['Wails v2 Beta', ['PRODUCT_AND_VERSION', 'MAJOR_VERSION']],
    ['v2', ['MAJOR_VERSION']],
    ['Webpack 5', ['PRODUCT_AND_VERSION']],
    // Neither a version inside a word, nor a code, nor a quarter.
    ['IPv4.1', []],
    ['A03:2021', []],
    ['Q3', []],
  ])('«%s» → %j', (text, expected) => {
    expect(recognisedIn(text).sort()).toEqual([...expected].sort());
  });
});

describe('a product and its version', () => {
  test.each([
    ['Knative v1.22 is out', [['Knative', '1.22']]],
    [
      'From Webpack 4 to Webpack 5',
      [
        ['Webpack', '4'],
        ['Webpack', '5'],
      ],
    ],
    ['Go 1.25 and go1.24', [['Go', '1.25']]],
    // A year is a product's number too: its caller drops it.
    ['Since 2018', [['Since', '2018']]],
  ])('«%s» names %j, each as a name and a version', (text, expected) => {
    expect([...text.matchAll(PRODUCT_AND_VERSION)].map((m) => [m[1], m[2]])).toEqual(expected);
  });

  test.each([
    ['Announcing Istio 1.28.1 for everyone', 'Istio 1.28.1'],
    ['Kitex v0.15.1 Release', 'Kitex v0.15.1'],
    // One word: a name of two is the caller's to find (hashtags.ts, `releasedProduct`).
    ['Rocky Linux 10.1', 'Linux 10.1'],
    ['Upgrade to version 1.2', undefined],
    ['CoreDNS-1.12.4 Release', undefined],
  ])('«%s» shows its subject as %p', (title, expected) => {
    expect(CAPITALISED_PRODUCT_VERSION.exec(title)?.[0]).toBe(expected);
  });
});
