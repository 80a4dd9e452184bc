import { describe, expect, test } from '@jest/globals';
import { withoutGladOpener } from '../../../src/teaser/glad-opener.js';

// «We are happy to share that X» says X, more slowly: beside a title that says X too, the post says it twice (dev:
// Julia's GSoC post, «opening restates title»). docs/teasers.md, "Composing the hook", rule 2.

describe('an opener of gladness comes off the news it announces', () => {
  test.each([
    [
      'en',
      'We are happy to share that 14 proposals were accepted by Google for Google Summer of Code 2025.',
      '14 proposals were accepted by Google for Google Summer of Code 2025.',
    ],
    [
      'en',
      "We're excited to announce that Prettier now fully supports the fresh features landing in Angular v21.1!",
      'Prettier now fully supports the fresh features landing in Angular v21.1!',
    ],
    ['en', 'I’m thrilled to report that the audit found no critical issues.', 'The audit found no critical issues.'],
    [
      'fr',
      'Nous sommes heureux de vous annoncer que la version 2.0 de Wails est disponible.',
      'La version 2.0 de Wails est disponible.',
    ],
    ['fr', "Nous sommes ravis d'annoncer que 12 projets ont été retenus.", '12 projets ont été retenus.'],
    ['es', 'Nos complace anunciar que Vite 3 ya está disponible.', 'Vite 3 ya está disponible.'],
    ['es', 'Estamos muy felices de compartir que el sitio admite traducciones.', 'El sitio admite traducciones.'],
    ['pt', 'Temos o prazer de anunciar que o Podman 4 foi lançado.', 'O Podman 4 foi lançado.'],
    ['it', 'Siamo lieti di annunciare che Preact 11 è disponibile.', 'Preact 11 è disponibile.'],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(withoutGladOpener(sentence, lang)).toBe(expected);
  });

  test.each([
    // German and Dutch put the verb last after «dass», «dat»: what follows is no sentence of its own.
    ['de', 'Wir freuen uns, bekanntzugeben, dass Version 4.2.2 veröffentlicht wurde.'],
    ['nl', 'We zijn blij te kunnen melden dat versie 2 is uitgebracht.'],
    // Gladness about a thing, not a clause: the news is the whole sentence.
    ['en', "We're excited to announce the release of Flux 2.9."],
    ['en', 'We are happy to see that there was so much interest in our projects.'],
  ])('%s keeps: %s', (lang, sentence) => {
    expect(withoutGladOpener(sentence, lang)).toBe(sentence);
  });
});
