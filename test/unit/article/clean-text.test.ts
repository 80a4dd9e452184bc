import { describe, expect, test } from '@jest/globals';
import { cleanLine, cleanText, repairMojibake, restoreFrenchElisions } from '../../../src/article/clean-text.js';

describe('repairMojibake: only the garbled runs are repaired', () => {
  test.each([
    // The seed's damage (UTF-8 read as ISO-8859-16 / Windows-1250, with a Windows-1252 "Ÿ").
    ['coopĂ©ration', 'coopération'],
    ['appelle Ă\u00a0 une', 'appelle à une'],
    ['đŸ€–', '🤖'],
    ['đŸ¤–', '🤖'],
    ['StratĂ©gie', 'Stratégie'],
    // A byte can read two ways; the code page that explains the text best wins ("Ș" is ISO-8859-16 only).
    ['les modĂšles', 'les modèles'],
    ['prĂȘte', 'prête'],
    ['oĂč', 'où'],
    ['la maĂźtrise', 'la maîtrise'],
    ['cĂŽtĂ©', 'côté'],
    ['naĂŻf', 'naïf'],
    // Classic Windows-1252 mojibake.
    ['cafÃ©', 'café'],
    ['Ã©tÃ©', 'été'],
    ['â€™', '’'],
    ['GrÃ¶ÃŸe', 'Größe'],
    // Garbled CJK and Cyrillic come as runs and are repaired whole.
    ['ä¸­æ–‡', '中文'],
    ['ÐŸÑ€Ð¸Ð²ÐµÑ‚', 'Привет'],
    // A lost no-break space after "Ă" in a text that is otherwise proven garbled.
    ['coopĂ©ration Ă une', 'coopération à une'],
    ['coopĂ©ration Ă  une', 'coopération à une'],
  ])('%s → %s', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  test.each([
    ['intact apostrophe and capital', 'l’avenir des États-Unis'],
    ['Polish', 'Łódź'],
    ['German', 'Größe'],
    ['Romanian, where Ă is a letter', 'ĂSTA e un Ăla'],
    ['Czech', 'Šťastný čtvrtek'],
    ['emoji and CJK', '🤖 人工知能 한국어'],
    ['French typography', '« Bonjour » — d’accord ?'],
    ['plain ASCII', 'hello world'],
    ['French quotes with no-break spaces after accents', '« l’été\u00a0» et «\u00a0à\u00a0» « café\u00a0»'],
    ['a capital before a closing quote', '“CAFÉ” and “ESPAÑA”'],
    ['Spanish', '¿Qué tal? ¡Olé!'],
  ])('leaves %s untouched', (_name, text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  test('a mixed text: the garbled runs are fixed, the intact ’ and É stay', () => {
    expect(repairMojibake('l’IA gĂ©nĂ©rative aux États-Unis')).toBe('l’IA générative aux États-Unis');
  });
});

describe('restoreFrenchElisions', () => {
  test.each([
    ['l avenir de l IA', 'l’avenir de l’IA'],
    ['L IA et l homme', 'L’IA et l’homme'],
    ['qu il soit', 'qu’il soit'],
    ['c est d abord', 'c’est d’abord'],
    ['j ai n est s il', 'j’ai n’est s’il'],
    ['lorsqu elle', 'lorsqu’elle'],
  ])('%s → %s', (input, expected) => {
    expect(restoreFrenchElisions(input)).toBe(expected);
  });

  test.each([
    ['"y a" is a word', 'il y a une'],
    ['"à" is a word', 'de à une'],
    ['a unit after a number', 'en 10 s avant'],
    ['degrees Celsius', 'à 25° C en hiver'],
    ['a consonant follows', 'l bloc'],
    ['already elided', 'l’avenir'],
  ])('leaves alone: %s', (_name, text) => {
    expect(restoreFrenchElisions(text)).toBe(text);
  });

  test('uses the apostrophe the text already uses', () => {
    expect(restoreFrenchElisions("l'été et l avenir")).toBe("l'été et l'avenir");
  });

  test('only French text gets elisions restored', () => {
    expect(cleanText('l avenir', { lang: 'fr' })).toBe('l’avenir');
    expect(cleanText('l avenir', { lang: 'en' })).toBe('l avenir');
  });
});

describe('cleanText: the body format', () => {
  test.each([
    ['paragraphs separated by one blank line', 'A\n\n\n\nB', 'A\n\nB'],
    ['line breaks inside a paragraph become spaces', 'one\ntwo', 'one two'],
    ['whitespace collapsed, lines trimmed', '  a \t  b  \n\n  c  ', 'a b\n\nc'],
    ['CRLF', 'a\r\n\r\nb', 'a\n\nb'],
    ['NFC', 'e\u0301te\u0301', 'été'],
    ['zero-width and control characters dropped', 'a\u200bb\u0007c', 'abc'],
    ['CJK lines join without a space', '这是第一行，\n这是第二行。', '这是第一行，这是第二行。'],
    ['no-break spaces of French typography kept', 'Quoi\u00a0?', 'Quoi\u00a0?'],
    ['typographic quotes kept', '“open-source” «\u00a0ok\u00a0»', '“open-source” «\u00a0ok\u00a0»'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  test('cleanLine puts a title on one line and repairs it', () => {
    expect(cleanLine('  La coopĂ©ration\n  mondiale ')).toBe('La coopération mondiale');
  });
});
